package org.counterpart.reporting.integration;

import java.time.Instant;
import java.util.UUID;

import org.counterpart.planning.TaskStatusChanged;
import org.springframework.stereotype.Component;

/**
 * {@code org.counterpart.planning.task-status-changed.v1} — a task moved between statuses; by an office, or by the
 * commission office ({@code byOffice} null). Never which person.
 */
@Component
class TaskStatusChangedV1 extends IntegrationTranslation<TaskStatusChanged> {

    record Data(UUID taskId, int year, int number, String from, String to, Instant changedAt, String byOffice) {
    }

    TaskStatusChangedV1() {
        super(TaskStatusChanged.class, "planning", "task-status-changed", 1);
    }

    @Override
    protected Data data(TaskStatusChanged event) {
        return new Data(event.task().value(), event.year(), event.number(), PlanningContract.status(event.from()),
                PlanningContract.status(event.to()), event.at(),
                event.byOffice() == null ? null : event.byOffice().value());
    }
}
