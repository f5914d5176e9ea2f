package org.counterpart.reporting.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code counterpart.reporting.reports.*}: the limits on report attachments and when reminders are made.
 *
 * @param demo whether the 2018 demo duties and reports are loaded at start-up (the embedded default only)
 */
@ConfigurationProperties("counterpart.reporting.reports")
public record ReportSettings(@DefaultValue("false") boolean demo, @DefaultValue Attachments attachments,
        @DefaultValue Reminders reminders) {

    /**
     * @param maxFileSize  the largest single file (below the database's {@code max_allowed_packet})
     * @param maxTotalSize the most all files of a report may take together
     * @param maxCount     how many files a report may carry
     */
    public record Attachments(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("30MB") DataSize maxTotalSize,
            @DefaultValue("10") int maxCount) {
    }

    /**
     * @param daysBefore        how many days before a period is due its unit or office is reminded
     * @param overdueWithinDays for how many days after the due day an unreported period still makes a reminder
     */
    public record Reminders(@DefaultValue("3") int daysBefore, @DefaultValue("30") int overdueWithinDays) {
    }
}
