package org.counterpart.planning;

import java.util.List;

/**
 * Where an import's rows come from: the uploaded file, read when the import runs, not when it is asked for — so that
 * answering the upload never waits for a large workbook to be read.
 */
@FunctionalInterface
public interface PlanRowsSource {

    /**
     * The file's rows, every row after the header that is not blank.
     *
     * @throws PlanImportRejected when the file cannot be read as a plan (one problem, on line 0, saying why)
     */
    List<PlanSheetRow> read();
}
