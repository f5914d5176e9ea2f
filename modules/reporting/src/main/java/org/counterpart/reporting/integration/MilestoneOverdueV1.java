package org.counterpart.reporting.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.counterpart.planning.MilestoneOverdue;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.planning.milestone-overdue.v1} — a milestone passed its due day unreached (flagged once). */
@Component
class MilestoneOverdueV1 extends IntegrationTranslation<MilestoneOverdue> {

    record Data(UUID taskId, int year, int number, UUID milestoneId, LocalDate due) {
    }

    MilestoneOverdueV1() {
        super(MilestoneOverdue.class, "planning", "milestone-overdue", 1);
    }

    @Override
    protected Data data(MilestoneOverdue event) {
        return new Data(event.task().value(), event.year(), event.number(), event.milestone(), event.due());
    }
}
