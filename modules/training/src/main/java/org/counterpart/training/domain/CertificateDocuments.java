package org.counterpart.training.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Turns a certificate into the document people print (a PDF), with the address where its code is checked. */
@SecondaryPort
public interface CertificateDocuments {

    byte[] render(Certificate certificate, String verificationUrl);
}
