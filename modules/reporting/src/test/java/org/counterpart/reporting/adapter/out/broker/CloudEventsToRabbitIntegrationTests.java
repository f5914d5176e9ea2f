package org.counterpart.reporting.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.counterpart.directory.OfficeCode;
import org.counterpart.directory.RegionCode;
import org.counterpart.planning.TaskId;
import org.counterpart.planning.TaskPlanned;
import org.counterpart.testing.NeedsBroker;
import org.counterpart.training.ProgrammeId;
import org.counterpart.training.SpendingRecorded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events reach RabbitMQ as CloudEvents (AMQP binding, binary mode) through the transactional outbox, against the real
 * broker and database: a committed domain event arrives on the topic exchange under its routing key with every
 * attribute and its data; a rolled-back one never does.
 */
@NeedsBroker
@SpringBootTest(properties = { "counterpart.reporting.integration.resubmit-interval=1s",
        "counterpart.reporting.integration.resubmit-older-than=2s" })
class CloudEventsToRabbitIntegrationTests {

    /** The events these tests commit are of a plan year no other test writes or reads (the others draw 2040–2099). */
    static final int NOBODYS_YEAR = 2100;

    static final TestExchange BROKER = new TestExchange();

    @DynamicPropertySource
    static void exchange(DynamicPropertyRegistry registry) {
        registry.add("counterpart.reporting.integration.broker.exchange", () -> BROKER.exchange);
    }

    @AfterAll
    static void removeExchange() {
        BROKER.close();
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    static TaskPlanned taskPlanned(UUID task) {
        return new TaskPlanned(new TaskId(task), NOBODYS_YEAR, 40, List.of(new RegionCode("guizhou")), new OfficeCode("renshi"));
    }

    static String body(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    static String header(Message message, String name) {
        var value = message.getMessageProperties().getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    @Test
    void aCommittedEventArrivesOnItsRoutingKeyAsACloudEvent() {
        var task = UUID.randomUUID();
        var before = Instant.now().minusSeconds(2);

        var outbox = new AtomicReference<List<String>>();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(taskPlanned(task));
            // Read as the transaction commits: the registry's rows are written right before (BatchedEventPublications).
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    outbox.set(publicationsOf(task));
                }
            });
        });
        var received = BROKER.receiveUntil(m -> body(m).contains(task.toString()), Duration.ofSeconds(20));

        assertThat(outbox.get()).as("in the business transaction, the translated event is recorded for the broker (and "
                + "for the webhooks' fan-out only where a subscription takes it)").contains("reporting.integration.broker")
                .doesNotHaveDuplicates().isSubsetOf("reporting.integration.broker", "reporting.webhooks.fan-out");
        assertThat(received).isNotEmpty();
        var message = received.get(received.size() - 1);
        assertThat(body(message)).isEqualTo("""
                {"taskId":"%s","year":2100,"number":40,"regions":["guizhou"],"leadOffice":"renshi"}""".formatted(task));
        var properties = message.getMessageProperties();
        assertThat(properties.getReceivedRoutingKey()).isEqualTo("planning.task-planned.v1");
        assertThat(properties.getContentType()).isEqualTo("application/json");
        assertThat(header(message, "cloudEvents:specversion")).isEqualTo("1.0");
        assertThat(header(message, "cloudEvents:type")).isEqualTo("org.counterpart.planning.task-planned.v1");
        assertThat(header(message, "cloudEvents:source")).isEqualTo("/counterpart/planning");
        assertThat(header(message, "cloudEvents:dataschema"))
                .isEqualTo("https://counterpart.example/events/schemas/org.counterpart.planning.task-planned.v1.json");
        var id = UUID.fromString(header(message, "cloudEvents:id"));
        assertThat(properties.getMessageId()).isEqualTo(id.toString());
        assertThat(Instant.parse(header(message, "cloudEvents:time"))).isBetween(before, Instant.now());
        assertThat(properties.getHeaders().keySet()).filteredOn(k -> k.startsWith("cloudEvents:")).containsExactlyInAnyOrder(
                "cloudEvents:specversion", "cloudEvents:id", "cloudEvents:source", "cloudEvents:type",
                "cloudEvents:time", "cloudEvents:dataschema");
        TestExchange.eventually("both publications complete and leave the outbox", () -> publicationsOf(task).isEmpty(),
                Duration.ofSeconds(10));
    }

    @Test
    void aRolledBackEventIsNeverSent() {
        var rolledBack = UUID.randomUUID();
        var committed = UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(taskPlanned(rolledBack));
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> events.publishEvent(taskPlanned(committed)));
        var received = BROKER.receiveUntil(m -> body(m).contains(committed.toString()), Duration.ofSeconds(20));
        received.addAll(BROKER.drain(Duration.ofSeconds(3)));

        assertThat(received).as("the committed one, published after it, arrived")
                .anyMatch(m -> body(m).contains(committed.toString()));
        assertThat(received).noneMatch(m -> body(m).contains(rolledBack.toString()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ?",
                Integer.class, "%" + rolledBack + "%")).as("no publication of it in the registry").isZero();
    }

    /**
     * Two spendings alike, entered one after the other, are two messages with two ids: a consumer dropping duplicates
     * by id keeps both.
     */
    @Test
    void twoEventsAlikeArriveAsTwoMessagesWithTwoIds() {
        var programme = new ProgrammeId(UUID.randomUUID());
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SpendingRecorded(programme, UUID.randomUUID(), "住宿费", LocalDate.of(2100, 9, 3),
                    new BigDecimal("1.25")));
            events.publishEvent(new SpendingRecorded(programme, UUID.randomUUID(), "住宿费", LocalDate.of(2100, 9, 3),
                    new BigDecimal("1.25")));
        });
        var received = BROKER.receiveUntil(m -> body(m).contains(programme.value().toString()), Duration.ofSeconds(20));
        received.addAll(BROKER.drain(Duration.ofSeconds(3)));

        var spendings = received.stream().filter(m -> body(m).contains(programme.value().toString())).toList();
        assertThat(spendings).hasSize(2).allSatisfy(m -> assertThat(m.getMessageProperties().getReceivedRoutingKey())
                .isEqualTo("training.spending-recorded.v1"));
        assertThat(spendings.stream().map(m -> header(m, "cloudEvents:id")).distinct()).hasSize(2);
    }

    /** The listeners the registry holds a publication of this task's translated event for. */
    private List<String> publicationsOf(UUID task) {
        return jdbc.queryForList("SELECT LISTENER_ID FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? "
                + "AND EVENT_TYPE LIKE '%.IntegrationEvent'", String.class, "%" + task + "%");
    }
}
