package org.counterpart.reporting.integration;

import java.util.List;
import java.util.UUID;

import org.counterpart.directory.RegionCode;
import org.counterpart.planning.TaskPlanned;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.planning.task-planned.v1} — a task joined a year's plan (by import or roll-over). */
@Component
class TaskPlannedV1 extends IntegrationTranslation<TaskPlanned> {

    record Data(UUID taskId, int year, int number, List<String> regions, String leadOffice) {
    }

    TaskPlannedV1() {
        super(TaskPlanned.class, "planning", "task-planned", 1);
    }

    @Override
    protected Data data(TaskPlanned event) {
        return new Data(event.task().value(), event.year(), event.number(),
                event.regions().stream().map(RegionCode::value).toList(),
                event.leadOffice() == null ? null : event.leadOffice().value());
    }
}
