package org.counterpart.reporting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Reading information reports. ADMIN sees every report; a unit or office its own; a viewer accepted reports only.
 * Reading a report one may not see is refused ({@link ReportRejected.Kind#FORBIDDEN}).
 */
@PrimaryPort
public interface ReportQueries {

    ReportPage reports(ReportQuery query);

    Optional<ReportDetails> report(ReportId id);

    ReportFile attachment(ReportId report, UUID attachment);

    /** The tasks of a year's plan and the training and enrolment programmes of that year a report may concern. */
    List<ReportSubjectOption> subjects(int year);

    /**
     * The periods of the signed-in unit's or office's duties that no report answers yet, the soonest due first;
     * refused ({@link ReportRejected.Kind#FORBIDDEN}) to users who write no reports (ADMIN, viewers).
     */
    List<DutyPeriodOption> openPeriods();

    /** A period a new report may answer: the duty, its kind and subject, the period and the day it is due. */
    record DutyPeriodOption(DutyId duty, ReportKind kind, ReportSubject subject, String subjectLabel,
            ReportPeriod period, java.time.LocalDate due) {
    }
}
