package org.counterpart.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanImportStatus.State;
import org.junit.jupiter.api.Test;

class PlanImportTests {

    static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @Test
    void anImportGoesFromQueuedThroughRunningToDone() {
        var planImport = PlanImport.queued(2019, "委办公室", T0);
        assertThat(planImport.statusAt(T0).state()).isEqualTo(State.QUEUED);

        planImport.run(T0.plusSeconds(1));
        planImport.read(10_000, T0.plusSeconds(2));
        planImport.wrote(3_000, T0.plusSeconds(3));
        var running = planImport.statusAt(T0.plusSeconds(3));
        assertThat(running.state()).isEqualTo(State.RUNNING);
        assertThat(running.rows()).isEqualTo(10_000);
        assertThat(running.written()).isEqualTo(3_000);
        assertThat(running.messageKey()).isEqualTo("planning.import.state.running");

        planImport.done(9_000, 500, 500, T0.plusSeconds(5));
        var done = planImport.statusAt(T0.plusSeconds(6));
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.written()).isEqualTo(9_500);
        assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void beforeItsRowsAreCheckedItIsReading() {
        var planImport = PlanImport.queued(2019, "委办公室", T0);
        planImport.run(T0);
        assertThat(planImport.statusAt(T0).messageKey()).isEqualTo("planning.import.state.reading");
    }

    @Test
    void aRefusedImportWroteNothingAndSaysWhy() {
        var planImport = PlanImport.queued(2019, "委办公室", T0);
        planImport.run(T0);
        planImport.wrote(1_000, T0);
        planImport.refused(List.of(new Problem(7, "planning.import.row.region-unknown", List.of("火星"))), T0);

        var status = planImport.statusAt(T0);
        assertThat(status.state()).isEqualTo(State.REFUSED);
        assertThat(status.written()).isZero();
        assertThat(status.problems()).extracting(Problem::line).containsExactly(7);
    }

    @Test
    void anImportSilentForLongerThanAnyStepTakesWasInterrupted() {
        var planImport = PlanImport.queued(2019, "委办公室", T0);
        planImport.run(T0);
        planImport.read(10_000, T0);
        planImport.wrote(4_000, T0);

        assertThat(planImport.statusAt(T0.plus(PlanImport.SILENCE)).state()).isEqualTo(State.RUNNING);
        var lost = planImport.statusAt(T0.plus(PlanImport.SILENCE).plusSeconds(1));
        assertThat(lost.state()).isEqualTo(State.INTERRUPTED);
        assertThat(lost.written()).as("its transaction was rolled back").isZero();
        assertThat(lost.state().ended()).isTrue();
    }

    @Test
    void anEndedImportDoesNotMoveAgain() {
        var planImport = PlanImport.queued(2019, "委办公室", T0);
        planImport.failed(T0);

        assertThatThrownBy(() -> planImport.done(1, 0, 0, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> planImport.wrote(1, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(planImport.statusAt(T0.plus(PlanImport.SILENCE).plusSeconds(60)).state())
                .as("an ended import is never read as interrupted").isEqualTo(State.FAILED);
    }
}
