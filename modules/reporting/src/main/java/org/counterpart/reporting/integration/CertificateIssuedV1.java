package org.counterpart.reporting.integration;

import java.util.UUID;

import org.counterpart.training.CertificateIssued;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.training.certificate-issued.v1} — a completion certificate was issued for a cohort of a
 * programme. Deliberately without the certificate's code: anyone holding a code can open the public verification
 * page, which names the trainee, so the code is a key to personal data and stays inside.
 */
@Component
class CertificateIssuedV1 extends IntegrationTranslation<CertificateIssued> {

    record Data(UUID cohortId, UUID programmeId) {
    }

    CertificateIssuedV1() {
        super(CertificateIssued.class, "training", "certificate-issued", 1);
    }

    @Override
    protected Data data(CertificateIssued event) {
        return new Data(event.cohort().value(), event.programme().value());
    }
}
