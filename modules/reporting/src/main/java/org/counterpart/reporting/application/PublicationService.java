package org.counterpart.reporting.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

import org.counterpart.directory.CurrentUser;
import org.counterpart.reporting.PublicationAdministration;
import org.counterpart.reporting.PublicationSummary;
import org.counterpart.reporting.domain.AdministrationLog;
import org.counterpart.reporting.domain.BrokerReach;
import org.counterpart.reporting.domain.PublicationClaims;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.counterpart.reporting.integration.PublicationRegistryAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Service;

/**
 * Reads Spring Modulith's event publication registry for the administrator and resubmits what has not completed.
 * The scheduled retry takes only the publications of the events for downstream systems (the RabbitMQ externalizer,
 * the webhook fan-out) that failed, or that are stale ({@code stale-after}); the administrator's button takes every
 * incomplete one.
 * <p>
 * Several instances of the application resubmit from the same registry. Each publication is claimed first
 * ({@link PublicationClaims}), right before the registry's own claim: only the instance whose claim succeeds sends it
 * again, and a publication resubmitted by anyone stays untouched for as long as the retry waits after a resubmission
 * (at least {@code resubmit-older-than}), so one still being sent is not sent a second time.
 */
@Service
class PublicationService implements PublicationAdministration {

    private final PublicationRegistryAccess registry;
    private final IncompleteEventPublications incomplete;
    private final PublicationClaims claims;
    private final IntegrationProperties properties;
    private final Optional<BrokerReach> broker;
    private final AdministrationLog administration;
    private final ObjectProvider<CurrentUser> currentUser;
    private final Clock clock;

    PublicationService(PublicationRegistryAccess registry, IncompleteEventPublications incomplete,
            PublicationClaims claims, IntegrationProperties properties, Optional<BrokerReach> broker,
            AdministrationLog administration, ObjectProvider<CurrentUser> currentUser, Optional<Clock> clock) {
        this.registry = registry;
        this.incomplete = incomplete;
        this.claims = claims;
        this.properties = properties;
        this.broker = broker;
        this.administration = administration;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public List<PublicationSummary> incomplete() {
        return registry.incomplete().stream()
                .sorted(Comparator.comparing(EventPublication::getPublicationDate))
                .map(p -> new PublicationSummary(p.getIdentifier(), p.getEvent().getClass().getName(),
                        registry.listenerOf(p), p.getPublicationDate(),
                        p.getStatus() == null ? null : p.getStatus().name(), p.getCompletionAttempts(),
                        p.getLastResubmissionDate()))
                .toList();
    }

    /** Pressed by an administrator, it goes into the administration log; after a start, it is the schedule's. */
    @Override
    public int resubmitIncomplete() {
        var resubmitted = resubmit(p -> true, p -> properties.resubmitOlderThan());
        var user = Optional.ofNullable(currentUser.getIfAvailable()).flatMap(CurrentUser::get);
        if (user.isPresent()) {
            administration.add(AdministrationLog.Entry.of(clock.instant(), AdministrationLog.PUBLICATIONS_RESUBMIT,
                    user, "resubmitted=" + resubmitted));
        }
        return resubmitted;
    }

    @Override
    public int resubmitOutstandingIntegration() {
        var now = clock.instant();
        if (!claims.anyFailedOrPublishedBefore(now.minus(properties.staleAfter()))) {
            return 0;
        }
        return resubmit(p -> isForDownstream(p) && (failedAndDueAgain(p, now) || stale(p, now)),
                p -> properties.resubmitBackoffAfter(p.getCompletionAttempts()));
    }

    /**
     * A send that failed (the broker away, refusing, not confirming) is retried with back-off. One that has not failed
     * is still in its instance's hands — perhaps queued behind thousands of others after a large import — and is only
     * taken when it is stale: resubmitting it earlier would send it twice.
     */
    private boolean failedAndDueAgain(EventPublication publication, Instant now) {
        return publication.getStatus() == EventPublication.Status.FAILED && dueAgain(publication, now);
    }

    /**
     * Published, being sent, or marked for resubmission, and none of it finished for {@code stale-after}: the instance
     * that had it is taken to be gone.
     */
    private boolean stale(EventPublication publication, Instant now) {
        var status = publication.getStatus();
        if (status != null && status != EventPublication.Status.PUBLISHED
                && status != EventPublication.Status.PROCESSING && status != EventPublication.Status.RESUBMITTED) {
            return false;
        }
        var since = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
                : publication.getPublicationDate();
        return !since.plus(properties.staleAfter()).isAfter(now);
    }

    /** A publication resubmitted before waits longer each time (exponential back-off, capped). */
    private boolean dueAgain(EventPublication publication, Instant now) {
        var last = publication.getLastResubmissionDate();
        return last == null || !last.plus(properties.resubmitBackoffAfter(publication.getCompletionAttempts()))
                .isAfter(now);
    }

    private boolean isForDownstream(EventPublication publication) {
        return publication.getEvent() instanceof IntegrationEvent;
    }

    private boolean isForBroker(EventPublication publication) {
        return IntegrationListenerIds.BROKER.equals(registry.listenerOf(publication));
    }

    /**
     * Resubmits the publications older than {@code resubmit-older-than} that {@code which} selects and this instance
     * claims; one resubmitted by anyone within {@code quiet} of now is left alone, and one marked for resubmission is
     * taken only when that began {@code stale-after} ago (its instance died before sending it). What is for the broker
     * is left to other instances while this one cannot reach it: taken here, it would only fail again, and the
     * instance that can send it would find it claimed (in the two-instance test, the one cut off took ten or eleven of
     * twelve publications every few seconds, and the twelve took longer than 90 s to arrive).
     */
    private int resubmit(Predicate<EventPublication> which, Function<EventPublication, Duration> quiet) {
        var before = clock.instant().minus(properties.resubmitOlderThan());
        var count = new AtomicInteger();
        // Asked once a pass, and only when a publication for the broker comes up.
        var brokerReachable = new AtomicReference<Boolean>();
        // The registry asks this filter of each publication right before it marks it resubmitted, from a list read
        // at the start: the claim decides on the row as it is now.
        incomplete.resubmitIncompletePublications(p -> {
            if (!p.getPublicationDate().isBefore(before) || !which.test(p)
                    || isForBroker(p) && !brokerReachable.updateAndGet(known -> known != null ? known
                            : broker.map(BrokerReach::reachable).orElse(true))) {
                return false;
            }
            Instant now = clock.instant();
            var take = claims.claim(p.getIdentifier(), now, now.minus(quiet.apply(p)),
                    now.minus(properties.staleAfter()));
            if (take) {
                count.incrementAndGet();
            }
            return take;
        });
        return count.get();
    }
}
