package org.counterpart.planning;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The commission office's work on whole plans: start one, roll it over to next year, import and export it. */
@PrimaryPort
public interface ManagePlans {

    PlanSummary create(int year, String title, String noticeNumber, LocalDate noticeDate);

    /** Next year's plan as a copy of this one, every task planned again. */
    PlanSummary rollOver(int fromYear);

    /**
     * What importing these rows into the year's plan would add and update, without changing anything.
     *
     * @throws PlanImportRejected listing every wrong row by its line
     */
    ImportPreview preview(int year, List<PlanSheetRow> rows);

    /** Imports the rows into the year's plan (creating it when needed) — all of them or, on any wrong row, none. */
    ImportPreview importRows(int year, List<PlanSheetRow> rows);

    /** The plan as Attachment 2 lays it out, names as the notice writes them. */
    PlanSheet sheet(int year);

    /** A plan's table: its title and rows. */
    record PlanSheet(String title, List<PlanSheetRow> rows) {
    }
}
