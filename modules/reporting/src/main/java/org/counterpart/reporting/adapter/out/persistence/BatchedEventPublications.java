package org.counterpart.reporting.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring Modulith's JDBC event publication repository, writing in batches what it wrote one statement — one commit —
 * at a time. An event costs a row per listener, written with the change that published it, then for each listener a
 * mark that it is being processed and a mark that it completed (with {@code completion-mode=delete}, the row's
 * deletion). At one fsync per commit (about 2 ms on this machine's disk) that bounded the outbox to about a hundred
 * events a second, and a plan import of 10,000 tasks wrote 30,000 rows a round trip each (docs/performance.md).
 * <ul>
 * <li><b>Created publications</b> are written together right before the transaction that made them commits, 200 rows
 * to a statement: still part of that transaction — the change and its publications commit together or not at all —
 * and there before any listener runs, since listeners run after the commit. Outside a transaction, at once.</li>
 * <li><b>Processing</b> is not written: nothing here reads it. A publication stays {@code PUBLISHED} (or
 * {@code RESUBMITTED}) until it completes or fails, which the retry treats alike ({@code PublicationService}).</li>
 * <li><b>Completed publications</b> (deleted, as {@code completion-mode=delete} asks) are deleted together, 500 ids to
 * a statement, within {@value #COMPLETION_DELAY_MILLIS} ms. A stop in between leaves a completed publication in the
 * registry, to be delivered again after the start: at least once, as the registry promises anyway; RabbitMQ's
 * consumers drop it by its CloudEvents id, the statistics and webhook fan-out recognise an event they have had.</li>
 * </ul>
 * The rows are those Spring Modulith 2.0's {@code JdbcEventPublicationRepositoryV2} writes: the same columns and
 * values (status {@code PUBLISHED}, one completion attempt, the last resubmission date set to the publication date),
 * the event serialized by the same serializer. Everything else goes to Spring Modulith's repository as it is.
 */
final class BatchedEventPublications implements EventPublicationRepository {

    static final int ROWS_PER_STATEMENT = 200;
    static final int IDS_PER_DELETE = 500;
    static final long COMPLETION_DELAY_MILLIS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(BatchedEventPublications.class);

    private static final String INSERT = "INSERT INTO EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, "
            + "SERIALIZED_EVENT, STATUS, COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?)";

    private final EventPublicationRepository registry;
    private final JdbcOperations jdbc;
    private final EventSerializer serializer;
    private final ConcurrentLinkedQueue<UUID> completed = new ConcurrentLinkedQueue<>();
    private final ScheduledExecutorService completions;

    BatchedEventPublications(EventPublicationRepository registry, JdbcOperations jdbc, EventSerializer serializer) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.completions = Executors.newSingleThreadScheduledExecutor(work -> {
            var thread = new Thread(work, "event-publications-completed");
            thread.setDaemon(true);
            return thread;
        });
        completions.scheduleWithFixedDelay(this::deleteCompleted, COMPLETION_DELAY_MILLIS, COMPLETION_DELAY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Deletes what has completed so far, in the order of the primary key; at a stop, what is left. */
    void deleteCompleted() {
        var ids = new ArrayList<String>();
        UUID id;
        while ((id = completed.poll()) != null) {
            ids.add(id.toString());
        }
        Collections.sort(ids);
        for (int from = 0; from < ids.size(); from += IDS_PER_DELETE) {
            delete(new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + IDS_PER_DELETE))));
        }
    }

    private void delete(List<String> ids) {
        try {
            jdbc.update("DELETE FROM EVENT_PUBLICATION WHERE ID IN (" + String.join(", ", Collections.nCopies(ids.size(),
                    "?")) + ")", ids.toArray());
        } catch (RuntimeException e) {
            // The database away: tried again at the next round, meanwhile they stay as they were (incomplete).
            ids.forEach(i -> completed.add(UUID.fromString(i)));
            LOG.warn("Could not delete {} completed event publication(s), will try again: {}", ids.size(),
                    e.getMessage());
            sleepAfterFailure();
        }
    }

    private static void sleepAfterFailure() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Deletes what completed before the stop, then stops deleting. */
    void stop() {
        completions.shutdown();
        try {
            completions.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteCompleted();
    }

    /** What one transaction has yet to write; after it was written, publications go straight to the registry. */
    private final class Pending implements TransactionSynchronization {
        final List<TargetEventPublication> publications = new ArrayList<>();
        boolean written;

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            write(publications);
            publications.clear();
            written = true;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(BatchedEventPublications.this);
        }
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return registry.create(publication);
        }
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.written) {
            return registry.create(publication);
        }
        pending.publications.add(publication);
        return publication;
    }

    /**
     * Rows go in in the order of their primary key, as the deletions of completed ones take theirs: two statements
     * that each lock many rows of the table deadlock when they take them in different orders (the benchmark saw six
     * subsidy grants fail so before they did).
     */
    private void write(List<TargetEventPublication> unordered) {
        var publications = new ArrayList<>(unordered);
        publications.sort(Comparator.comparing(p -> p.getIdentifier().toString()));
        for (int from = 0; from < publications.size(); from += ROWS_PER_STATEMENT) {
            var chunk = publications.subList(from, Math.min(publications.size(), from + ROWS_PER_STATEMENT));
            var sql = new StringBuilder(INSERT);
            var arguments = new ArrayList<Object>(chunk.size() * 8);
            for (var publication : chunk) {
                if (arguments.size() > 0) {
                    sql.append(", ");
                }
                sql.append(ROW);
                var published = Timestamp.from(publication.getPublicationDate());
                arguments.add(publication.getIdentifier().toString());
                arguments.add(publication.getEvent().getClass().getName());
                arguments.add(publication.getTargetIdentifier().getValue());
                arguments.add(published);
                arguments.add(serializer.serialize(publication.getEvent()).toString());
                arguments.add(publication.getStatus().name());
                arguments.add(1);
                arguments.add(published);
            }
            jdbc.update(sql.toString(), arguments.toArray());
        }
    }

    @Override
    public void markProcessing(UUID identifier) {
        // Not written: see the class's description.
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
        publication.markCompleted(completionDate);
        markCompleted(publication.getIdentifier(), completionDate);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        registry.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        completed.add(identifier);
    }

    @Override
    public void markFailed(UUID identifier) {
        registry.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return registry.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return registry.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return registry.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return registry.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return registry.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        registry.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        registry.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        registry.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return registry.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
        return registry.findByStatus(status);
    }

    @Override
    public int countByStatus(EventPublication.Status status) {
        return registry.countByStatus(status);
    }
}
