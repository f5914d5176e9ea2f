package org.counterpart.reporting.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.reporting.PublicationAdministration;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.reporting.integration.PublicationRegistryAccess;
import org.counterpart.testing.NeedsBroker;
import org.counterpart.testing.TcpProxy;
import org.counterpart.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With a TCP proxy between the application and RabbitMQ: events committed while the broker is away are held in the
 * event publication registry (incomplete, listed for the administrator) and go out once it is back, each under the
 * id it was held with, exactly once at a consumer that drops duplicate ids.
 */
@NeedsBroker
@SpringBootTest(properties = { "counterpart.reporting.integration.resubmit-interval=1s",
        "counterpart.reporting.integration.resubmit-older-than=1s",
        "counterpart.reporting.integration.resubmit-max-backoff=2s",
        "counterpart.reporting.integration.broker.confirm-timeout=3s" })
class BrokerOutageIntegrationTests {

    /** The events these tests commit are of a plan year no other test writes or reads (the others draw 2040–2099). */
    static final int NOBODYS_YEAR = 2100;

    static final TestExchange BROKER = new TestExchange();
    static final TcpProxy PROXY = TcpProxy.to(TestServers.broker().orElseThrow().host(),
            TestServers.broker().orElseThrow().port());
    static final int EVENTS = 5;

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("counterpart.reporting.integration.broker.exchange", () -> BROKER.exchange);
    }

    /** The application reaches RabbitMQ only through the proxy. */
    @TestConfiguration
    static class ThroughTheProxy {

        @Bean
        @Primary
        ConnectionFactory proxiedConnectionFactory() {
            var broker = TestServers.broker().orElseThrow();
            var factory = new CachingConnectionFactory(PROXY.host(), PROXY.port());
            factory.setUsername(broker.username());
            factory.setPassword(broker.password());
            factory.setConnectionTimeout(2000);
            return factory;
        }
    }

    @AfterAll
    static void cleanUp() {
        PROXY.close();
        BROKER.close();
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PublicationAdministration publications;

    @Autowired
    PublicationRegistryAccess registry;

    @Test
    void eventsHeldWhileTheBrokerIsAwayGoOutOnceItIsBackUnderTheSameIds() throws InterruptedException {
        PROXY.close();
        var tasks = IntStream.range(0, EVENTS).mapToObj(i -> UUID.randomUUID()).toList();
        for (var task : tasks) {
            transactions.executeWithoutResult(status -> events.publishEvent(new TaskPlanned(new TaskId(task), NOBODYS_YEAR, 40,
                    List.of(new RegionCode("yunnan")), new OfficeCode("jijiao"))));
        }

        TestExchange.eventually("all are held, failed, in the registry", () -> heldIds(tasks).size() == EVENTS,
                Duration.ofSeconds(30));
        var held = heldIds(tasks);
        Thread.sleep(3000);
        var attemptsWhileAway = registry.incomplete().stream()
                .filter(p -> p.getEvent() instanceof IntegrationEvent e && held.containsKey(e.id().toString()))
                .mapToInt(p -> p.getCompletionAttempts()).sum();
        assertThat(BROKER.drain(Duration.ofSeconds(1))).as("nothing reaches the broker meanwhile")
                .noneMatch(m -> tasks.stream().anyMatch(t -> body(m).contains(t.toString())));
        assertThat(publications.incomplete()).as("the administrator sees them")
                .filteredOn(p -> p.listener().equals("reporting.integration.broker")
                        && p.eventType().equals(IntegrationEvent.class.getName()))
                .hasSizeGreaterThanOrEqualTo(EVENTS);

        PROXY.open();
        var received = new java.util.ArrayList<Message>();
        TestExchange.eventually("all arrive once the broker is back", () -> {
            received.addAll(BROKER.drain(Duration.ofMillis(500)));
            return idsOf(received, tasks).size() == EVENTS;
        }, Duration.ofSeconds(60));
        received.addAll(BROKER.drain(Duration.ofSeconds(3)));

        var mine = received.stream().filter(m -> tasks.stream().anyMatch(t -> body(m).contains(t.toString()))).toList();
        var consumed = new HashMap<String, Message>();
        mine.forEach(m -> consumed.putIfAbsent(m.getMessageProperties().getHeader("cloudEvents:id"), m));
        System.out.printf("Broker outage: %d events committed while away, %d messages received for them, "
                + "%d after dropping duplicate ids, %d attempts while away%n", EVENTS, mine.size(), consumed.size(),
                attemptsWhileAway);
        assertThat(consumed.keySet()).as("the ids they were held with").isEqualTo(held.keySet());
        assertThat(consumed.values()).allSatisfy(m -> assertThat(body(m)).contains(held.get(
                m.getMessageProperties().<String>getHeader("cloudEvents:id"))));
        TestExchange.eventually("their publications complete", () -> heldIds(tasks).isEmpty(), Duration.ofSeconds(10));
    }

    /** The events for downstream systems of these tasks the registry holds for the broker: id → task. */
    private Map<String, String> heldIds(List<UUID> tasks) {
        return registry.incomplete().stream()
                .filter(p -> "reporting.integration.broker".equals(registry.listenerOf(p)))
                .filter(p -> p.getEvent() instanceof IntegrationEvent)
                .map(p -> (IntegrationEvent) p.getEvent())
                .flatMap(e -> tasks.stream().filter(t -> e.data().contains(t.toString()))
                        .map(t -> Map.entry(e.id().toString(), t.toString())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    private static Set<String> idsOf(List<Message> messages, List<UUID> tasks) {
        return messages.stream().filter(m -> tasks.stream().anyMatch(t -> body(m).contains(t.toString())))
                .map(m -> m.getMessageProperties().<String>getHeader("cloudEvents:id")).collect(Collectors.toSet());
    }

    private static String body(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }
}
