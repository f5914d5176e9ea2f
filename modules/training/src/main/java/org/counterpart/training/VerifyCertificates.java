package org.counterpart.training;

import java.util.Optional;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** 证书验证 — anyone, signed in or not, checks whether a certificate code is genuine. */
@PrimaryPort
public interface VerifyCertificates {

    /** What the certificate of that code certifies; empty when no certificate has that code (a forgery). */
    Optional<CertificateVerification> verify(String code);
}
