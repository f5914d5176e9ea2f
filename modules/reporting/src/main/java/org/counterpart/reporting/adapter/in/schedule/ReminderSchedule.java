package org.counterpart.reporting.adapter.in.schedule;

import java.time.LocalDate;
import java.time.ZoneId;

import org.counterpart.reporting.ReminderRun;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every morning in Shanghai, reminds units and offices of reports due soon and overdue. Each instance of the
 * application tries; the first to claim the day does the work, the others find it claimed ({@link ReminderRun}).
 */
@Configuration
@EnableScheduling
class ReminderSchedule {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ReminderRun reminders;

    ReminderSchedule(ReminderRun reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${counterpart.reporting.reports.reminders.cron:0 30 7 * * *}", zone = "Asia/Shanghai")
    void remind() {
        reminders.remind(LocalDate.now(SHANGHAI));
    }
}
