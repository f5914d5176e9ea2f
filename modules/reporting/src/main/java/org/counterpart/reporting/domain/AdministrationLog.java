package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where what administrators start by hand is kept — rebuilding the statistics, resubmitting event publications,
 * adding, removing and redelivering webhooks: who, when, what came of it. Only added to.
 */
@SecondaryPort
public interface AdministrationLog {

    String STATISTICS_REBUILD = "statistics-rebuild";
    String PUBLICATIONS_RESUBMIT = "publications-resubmit";
    String WEBHOOK_SUBSCRIBE = "webhook-subscribe";
    String WEBHOOK_UNSUBSCRIBE = "webhook-unsubscribe";
    String WEBHOOK_REDELIVER = "webhook-redeliver";

    void add(Entry entry);

    /** The latest entries, newest first. */
    List<Entry> latest(int count);

    /** One thing an administrator started: {@code action} is one of this port's constants. */
    record Entry(Instant at, String action, String byName, String username, String outcome) {
    }
}
