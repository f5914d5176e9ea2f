package org.counterpart.planning.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.counterpart.planning.ImportPreview;
import org.counterpart.planning.PlanImportRejected;
import org.counterpart.planning.PlanImportStatus;
import org.counterpart.planning.PlanRowsSource;
import org.counterpart.planning.PlanningRejected;
import org.counterpart.planning.RunPlanImports;
import org.counterpart.planning.domain.Plan;
import org.counterpart.planning.domain.PlanImport;
import org.counterpart.planning.domain.PlanImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plan imports as jobs (decision 0013). The job's record ({@link PlanImport}) is written in transactions of its own
 * as the import goes, so that any instance can tell how far it has come; the tasks, their history, their events and
 * the record's "done" are written in one transaction, so that the import is all of the file or none of it, and "done"
 * is never seen without the tasks.
 */
@Service
class PlanImportService implements RunPlanImports {

    private static final Logger log = LoggerFactory.getLogger(PlanImportService.class);

    private final PlanService plans;
    private final PlanImports imports;
    private final TaskExecutor executor;
    private final Clock clock;
    /** The import: the tasks and the record's end. */
    private final TransactionTemplate writing;
    /** The record's progress, committed at once, beside the import's own transaction. */
    private final TransactionTemplate recording;

    PlanImportService(PlanService plans, PlanImports imports, PlatformTransactionManager transactions,
            @Qualifier(PlanImportThreads.EXECUTOR) TaskExecutor executor, Optional<Clock> clock) {
        this.plans = plans;
        this.imports = imports;
        this.executor = executor;
        this.clock = clock.orElse(Clock.systemUTC());
        this.writing = new TransactionTemplate(transactions);
        this.recording = new TransactionTemplate(transactions);
        this.recording.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Started start(int year, PlanRowsSource rows, Duration patience) {
        new Plan.Year(year);
        var planImport = PlanImport.queued(year, plans.managerName(), clock.instant());
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return runInCallersTransaction(planImport, rows);
        }
        recording.executeWithoutResult(status -> imports.add(planImport));
        CompletableFuture<ImportPreview> running;
        try {
            running = CompletableFuture.supplyAsync(() -> run(planImport, rows), executor);
        } catch (TaskRejectedException busy) {
            record(planImport, i -> i.failed(clock.instant()));
            throw PlanningRejected.conflict("planning.import.busy");
        }
        ImportPreview outcome = null;
        try {
            outcome = running.get(Math.max(0, patience.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // answered with where it stands; it goes on
        } catch (ExecutionException e) {
            // recorded by run() as refused or failed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Started(current(planImport.getId()), Optional.ofNullable(outcome));
    }

    @Override
    public Optional<PlanImportStatus> status(int year, UUID id) {
        plans.managerName(); // refuses whoever may not manage plans
        return imports.byId(new PlanImport.Id(id)).filter(i -> i.year() == year).map(i -> i.statusAt(clock.instant()));
    }

    /** Inside a larger unit of work: refused, it says why; failing, it fails that unit of work, which rolls back. */
    private Started runInCallersTransaction(PlanImport planImport, PlanRowsSource rows) {
        imports.add(planImport);
        planImport.run(clock.instant());
        try {
            var outcome = plans.write(planImport.year(), rows.read(), planImport.requestedBy(),
                    ImportProgress.UNFOLLOWED);
            end(planImport, outcome);
            return new Started(planImport.statusAt(clock.instant()), Optional.of(outcome));
        } catch (PlanImportRejected refused) {
            planImport.refused(refused.problems(), clock.instant());
            imports.save(planImport);
            return new Started(planImport.statusAt(clock.instant()), Optional.empty());
        }
    }

    /** On an import thread. */
    private ImportPreview run(PlanImport planImport, PlanRowsSource rows) {
        try {
            record(planImport, i -> i.run(clock.instant()));
            return writing.execute(status -> {
                var outcome = plans.write(planImport.year(), rows.read(), planImport.requestedBy(),
                        followed(planImport));
                end(planImport, outcome);
                return outcome;
            });
        } catch (PlanImportRejected refused) {
            record(planImport, i -> i.refused(refused.problems(), clock.instant()));
            throw refused;
        } catch (RuntimeException e) {
            log.warn("The import {} into the plan of {} failed; nothing of it was written", planImport.getId().value(),
                    planImport.year(), e);
            try {
                record(planImport, i -> i.failed(clock.instant()));
            } catch (RuntimeException unrecorded) {
                // The database is gone: the record stays running, and reads as interrupted once silent for long.
                log.warn("The failure of import {} could not be recorded", planImport.getId().value(), unrecorded);
            }
            throw e;
        }
    }

    /** The import's progress, each step committed at once for others to see. */
    private ImportProgress followed(PlanImport planImport) {
        return new ImportProgress() {

            @Override
            public void checked(int rows) {
                record(planImport, i -> i.read(rows, clock.instant()));
            }

            @Override
            public void written(int tasks) {
                record(planImport, i -> i.wrote(tasks, clock.instant()));
            }
        };
    }

    /** A step of the import's record, committed at once beside the import's own transaction. */
    private void record(PlanImport planImport, Consumer<PlanImport> step) {
        recording.executeWithoutResult(status -> {
            step.accept(planImport);
            imports.save(planImport);
        });
    }

    /** In the import's own transaction. */
    private void end(PlanImport planImport, ImportPreview outcome) {
        planImport.done(outcome.added().size(), outcome.updated().size(), outcome.unchanged().size(),
                clock.instant());
        imports.save(planImport);
    }

    private PlanImportStatus current(PlanImport.Id id) {
        return imports.byId(id).orElseThrow().statusAt(clock.instant());
    }
}
