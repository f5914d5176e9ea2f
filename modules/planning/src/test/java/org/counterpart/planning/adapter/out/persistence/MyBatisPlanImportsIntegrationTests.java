package org.counterpart.planning.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.counterpart.planning.PlanImportRejected.Problem;
import org.counterpart.planning.PlanImportStatus.State;
import org.counterpart.planning.domain.PlanImport;
import org.counterpart.planning.domain.PlanImports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Import records against the real database: each step saved reads back as it was, problems and all. */
@SpringBootTest
@Transactional
class MyBatisPlanImportsIntegrationTests {

    // Whole seconds: Connector/J against MariaDB drops fractions of a second (see docs/operations.md).
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    PlanImports imports;

    @Test
    void anImportReadsBackAsItWasSavedAtEachStep() {
        var planImport = PlanImport.queued(2019, "委办公室（信息办）", T0);
        imports.add(planImport);
        assertThat(imports.byId(planImport.getId()).orElseThrow().statusAt(T0).state()).isEqualTo(State.QUEUED);

        planImport.run(T0.plusSeconds(1));
        planImport.read(10_000, T0.plusSeconds(2));
        planImport.wrote(4_000, T0.plusSeconds(3));
        imports.save(planImport);
        var running = imports.byId(planImport.getId()).orElseThrow();
        assertThat(running.state()).isEqualTo(State.RUNNING);
        assertThat(running.rows()).isEqualTo(10_000);
        assertThat(running.written()).isEqualTo(4_000);
        assertThat(running.heartbeatAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(running.startedAt()).isEqualTo(T0);
        assertThat(running.finishedAt()).isNull();

        planImport.done(9_000, 600, 400, T0.plusSeconds(4));
        imports.save(planImport);
        var done = imports.byId(planImport.getId()).orElseThrow();
        assertThat(done.statusAt(T0.plusSeconds(5))).isEqualTo(planImport.statusAt(T0.plusSeconds(5)));
    }

    @Test
    void aRefusalKeepsEveryProblemWithItsArguments() {
        var planImport = PlanImport.queued(2019, "委办公室（信息办）", T0);
        imports.add(planImport);
        var problems = List.of(new Problem(7, "planning.import.row.region-unknown", List.of("火星")),
                new Problem(9, "planning.import.row.number-duplicate", List.of(3, 5)),
                new Problem(0, "sheets.rejected.too-many-rows", List.of(10000)));
        planImport.refused(problems, T0);
        imports.save(planImport);

        assertThat(imports.byId(planImport.getId()).orElseThrow().problems()).isEqualTo(problems);
        assertThat(imports.byId(new PlanImport.Id(UUID.randomUUID()))).isEmpty();
    }
}
