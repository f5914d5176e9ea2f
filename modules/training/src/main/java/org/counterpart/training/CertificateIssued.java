package org.counterpart.training;

import org.jmolecules.event.types.DomainEvent;

/** A completion certificate was issued (its code; no personal data). */
public record CertificateIssued(String code, CohortId cohort, ProgrammeId programme) implements DomainEvent {
}
