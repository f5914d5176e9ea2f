package org.counterpart.reporting.adapter.out.files;

import org.apache.tika.Tika;
import org.counterpart.reporting.domain.ReportFileTypes;
import org.springframework.stereotype.Component;

/**
 * Apache Tika's detection from the first bytes (magic numbers): a name can only refine what the content shows
 * (a zip package named .docx), never contradict it (an executable named .pdf stays an executable).
 */
@Component
class ReportTikaFileTypes implements ReportFileTypes {

    private final Tika tika = new Tika();

    @Override
    public String detect(byte[] content, String fileName) {
        return tika.detect(content, fileName);
    }
}
