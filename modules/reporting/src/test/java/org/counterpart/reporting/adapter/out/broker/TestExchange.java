package org.counterpart.reporting.adapter.out.broker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.counterpart.testing.TestServers;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * A topic exchange of the test's own (a random name on the shared broker) with a temporary queue bound to every
 * routing key, read straight from the real broker — never through a proxy a test puts before the application.
 */
final class TestExchange implements AutoCloseable {

    final String exchange = "counterpart.events.test-" + UUID.randomUUID().toString().substring(0, 8);
    final String queue;
    private final CachingConnectionFactory connections;
    private final RabbitAdmin admin;
    private final RabbitTemplate template;

    TestExchange() {
        var broker = TestServers.broker().orElseThrow();
        connections = new CachingConnectionFactory(broker.host(), broker.port());
        connections.setUsername(broker.username());
        connections.setPassword(broker.password());
        admin = new RabbitAdmin(connections);
        template = new RabbitTemplate(connections);
        var topic = new TopicExchange(exchange, true, false);
        admin.declareExchange(topic);
        // Exclusive (gone with the test's connection), not auto-delete: each receive() consumes and cancels.
        queue = exchange + ".all";
        var declared = new Queue(queue, false, true, false);
        admin.declareQueue(declared);
        admin.declareBinding(BindingBuilder.bind(declared).to(topic).with("#"));
    }

    /** Every message that arrives within the time, until one matches (returned last) or the time is up. */
    List<Message> receiveUntil(Predicate<Message> wanted, Duration within) {
        var received = new ArrayList<Message>();
        var deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            var message = template.receive(queue, 250);
            if (message != null) {
                received.add(message);
                if (wanted.test(message)) {
                    return received;
                }
            }
        }
        return received;
    }

    /** Every message that arrives within the time. */
    List<Message> drain(Duration within) {
        return receiveUntil(m -> false, within);
    }

    /** Waits until the condition holds, or fails saying what was awaited. */
    static void eventually(String what, java.util.function.BooleanSupplier condition, Duration within) {
        var deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        admin.deleteExchange(exchange);
        connections.destroy();
    }
}
