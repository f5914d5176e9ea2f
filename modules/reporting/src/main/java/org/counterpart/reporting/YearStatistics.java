package org.counterpart.reporting;

import org.counterpart.directory.RegionCode;

/**
 * 年度统计 — one year's figures as the statistics keep them from the other modules' events: the plan's tasks, the
 * training programmes and the enrolment programmes, of every partner region or of one ({@code region}, with the
 * places inside it). Amounts are exact: funding in 万元, subsidies in 元.
 *
 * <p>Reports by completeness (报送完整度) belong here as a fourth section — {@code ReportFigures reports}, how
 * complete each unit's information reports of the year are — once the information reports (issue 6, part C) can say
 * so; {@code StatisticsTables} then gains its table ({@code reports-by-completeness}) and the dashboard and every
 * export show it with the others. Nothing of it is kept yet.
 *
 * @param region the partner region the figures are limited to, or {@code null} for all
 */
public record YearStatistics(int year, RegionCode region, TaskFigures tasks, TrainingFigures training,
        EnrolmentFigures enrolment) {
}
