package org.counterpart.reporting.domain;

import java.time.LocalDate;

import org.counterpart.reporting.ReportPeriod;

/** A period a duty asks a report for, and the day it is due. */
public record DutyPeriod(ReportPeriod period, LocalDate due) {
}
