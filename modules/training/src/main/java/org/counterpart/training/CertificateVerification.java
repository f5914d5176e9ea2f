package org.counterpart.training;

import java.time.LocalDate;

/** What a genuine certificate certifies, as anyone checking its code is told. */
public record CertificateVerification(String code, String traineeName, String programmeName, String unitName,
        String place, LocalDate start, LocalDate end, LocalDate issuedOn) {
}
