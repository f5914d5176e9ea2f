package org.counterpart.reporting.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.counterpart.planning.MilestoneReached;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.planning.milestone-reached.v1} — a task's milestone was reached on a day. */
@Component
class MilestoneReachedV1 extends IntegrationTranslation<MilestoneReached> {

    record Data(UUID taskId, int year, int number, UUID milestoneId, LocalDate due, LocalDate reachedOn) {
    }

    MilestoneReachedV1() {
        super(MilestoneReached.class, "planning", "milestone-reached", 1);
    }

    @Override
    protected Data data(MilestoneReached event) {
        return new Data(event.task().value(), event.year(), event.number(), event.milestone(), event.due(),
                event.reachedOn());
    }
}
