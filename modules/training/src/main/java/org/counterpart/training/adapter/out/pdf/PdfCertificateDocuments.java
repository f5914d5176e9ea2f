package org.counterpart.training.adapter.out.pdf;

import java.nio.file.Path;
import java.util.Arrays;

import org.counterpart.training.domain.Certificate;
import org.counterpart.training.domain.CertificateDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Certificates as PDF through {@link CertificatePdf}. The CJK font is looked for where
 * {@code counterpart.training.certificate-fonts} says (comma-separated paths), else in Debian's usual places.
 */
@Component
class PdfCertificateDocuments implements CertificateDocuments {

    private final CertificatePdf pdf;

    PdfCertificateDocuments(@Value("${counterpart.training.certificate-fonts:}") String fonts) {
        this.pdf = new CertificatePdf(fonts.isBlank() ? CertificatePdf.defaultFonts()
                : Arrays.stream(fonts.split(",")).map(String::strip).filter(f -> !f.isEmpty()).map(Path::of).toList());
    }

    @Override
    public byte[] render(Certificate c, String verificationUrl) {
        return pdf.render(new CertificateContent(c.traineeName(), c.programmeName(), c.unitName(), c.start(), c.end(),
                c.place(), c.code(), verificationUrl, c.issuedOn(), null));
    }
}
