package org.counterpart.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * 信息报送完整度 — a year's information reports by completeness as of a day: of the duties the commission office set
 * for the year, the periods expected, reported (on time or late), accepted and missing, in total, by reporting unit or
 * office, and by kind of report. Of every partner region or of one: then only the duties on a task or programme of
 * that region count.
 *
 * <p>Unlike the other sections these counts are not a projection of other modules' events: the duties and reports
 * are reporting's own records, read as they stand (see {@link CompletenessCounts} for how a period counts).
 *
 * @param asOf the day counted as of (in Shanghai): periods due after it are pending, not missing
 */
public record ReportFigures(LocalDate asOf, int duties, CompletenessCounts total, List<ReporterTally> byReporter,
        List<KindTally> byKind) {

    public ReportFigures {
        byReporter = List.copyOf(byReporter);
        byKind = List.copyOf(byKind);
    }

    /** No duty of the year (or of the region). */
    public static ReportFigures none(LocalDate asOf) {
        return new ReportFigures(asOf, 0, CompletenessCounts.NONE, List.of(), List.of());
    }

    /** The duties of one unit or office and their periods' counts. */
    public record ReporterTally(Reporter reporter, int duties, CompletenessCounts counts) {
    }

    /** The duties of one kind of report (工作信息, 经验做法, 总结) and their periods' counts. */
    public record KindTally(ReportKind kind, int duties, CompletenessCounts counts) {
    }
}
