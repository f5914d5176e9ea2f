package org.counterpart.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.counterpart.directory.UserContext;
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

        /** The longest outcome kept (the column's size). */
        static final int MAX_OUTCOME = 500;
        /** Who started it when nobody signed in did: the application itself (a maintenance task). */
        static final String SYSTEM = "system";

        /** Started by this user (the application itself when none), the outcome cut to what is kept. */
        public static Entry of(Instant at, String action, Optional<UserContext> user, String outcome) {
            return new Entry(at, action, user.map(UserContext::displayName).orElse(SYSTEM),
                    user.map(UserContext::username).orElse(SYSTEM),
                    outcome != null && outcome.length() > MAX_OUTCOME ? outcome.substring(0, MAX_OUTCOME) : outcome);
        }
    }
}
