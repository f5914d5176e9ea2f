package org.counterpart.reporting.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads what a file is from its content (its first bytes), with its name only as a hint. */
@SecondaryPort
public interface ReportFileTypes {

    /** The media type the content shows, e.g. {@code application/pdf}. */
    String detect(byte[] content, String fileName);
}
