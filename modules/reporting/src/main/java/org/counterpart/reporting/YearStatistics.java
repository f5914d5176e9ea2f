package org.counterpart.reporting;

import org.counterpart.directory.RegionCode;

/**
 * 年度统计 — one year's figures as the statistics keep them from the other modules' events: the plan's tasks, the
 * training programmes and the enrolment programmes, of every partner region or of one ({@code region}, with the
 * places inside it), and how complete the year's information reports are. Amounts are exact: funding in 万元,
 * subsidies in 元.
 *
 * @param region the partner region the figures are limited to, or {@code null} for all
 */
public record YearStatistics(int year, RegionCode region, TaskFigures tasks, TrainingFigures training,
        EnrolmentFigures enrolment, ReportFigures reports) {
}
