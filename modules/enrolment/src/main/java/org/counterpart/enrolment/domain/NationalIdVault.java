package org.counterpart.enrolment.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Seals national ID numbers for keeping and opens them again for an audited reveal. */
@SecondaryPort
public interface NationalIdVault {

    ProtectedNationalId protect(NationalId id);

    /** The lookup key the number would be kept under, to find a person already registered. */
    String lookup(NationalId id);

    NationalId reveal(ProtectedNationalId id);
}
