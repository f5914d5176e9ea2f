package org.counterpart.reporting.integration;

import java.time.LocalDate;
import java.util.UUID;

import org.counterpart.planning.ProgressRecorded;
import org.springframework.stereotype.Component;

/** {@code org.counterpart.planning.progress-recorded.v1} — progress was recorded on a task (the day; not the text). */
@Component
class ProgressRecordedV1 extends IntegrationTranslation<ProgressRecorded> {

    record Data(UUID taskId, int year, int number, LocalDate date) {
    }

    ProgressRecordedV1() {
        super(ProgressRecorded.class, "planning", "progress-recorded", 1);
    }

    @Override
    protected Data data(ProgressRecorded event) {
        return new Data(event.task().value(), event.year(), event.number(), event.date());
    }
}
