package org.counterpart.planning.adapter.in.schedule;

import java.time.LocalDate;
import java.time.ZoneId;

import org.counterpart.planning.FlagOverdueMilestones;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every night in Shanghai, flags the milestones that passed their day unreached. Each instance of the application
 * tries; the first to claim the day does the work, the others find it claimed ({@link FlagOverdueMilestones}).
 */
@Configuration
@EnableScheduling
class OverdueMilestonesJob {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final FlagOverdueMilestones check;

    OverdueMilestonesJob(FlagOverdueMilestones check) {
        this.check = check;
    }

    @Scheduled(cron = "${counterpart.planning.overdue-check.cron:0 15 1 * * *}", zone = "Asia/Shanghai")
    void checkOverdueMilestones() {
        check.flag(LocalDate.now(SHANGHAI));
    }
}
