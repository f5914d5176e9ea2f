package org.counterpart.reporting.adapter.out.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.counterpart.reporting.integration.IntegrationEvent;
import org.counterpart.testing.NeedsBroker;
import org.counterpart.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The sender against the real broker, given the nodes of a cluster whose first is down (nothing listens on its
 * port): it goes on to the next node, and the event arrives.
 */
@NeedsBroker
class RabbitIntegrationSenderIntegrationTests {

    @Test
    void aClusterWhoseFirstNodeIsDownStillTakesTheEvents() throws Exception {
        var broker = TestServers.broker().orElseThrow();
        // As Spring Boot builds it from spring.rabbitmq.addresses: the first node only.
        var application = new CachingConnectionFactory("127.0.0.1", deadPort());
        application.setUsername(broker.username());
        application.setPassword(broker.password());
        try (var exchange = new TestExchange()) {
            var sender = new RabbitIntegrationSender(application, new IntegrationBrokerProperties(true,
                    exchange.exchange, Duration.ofSeconds(5)),
                    List.of("127.0.0.1:" + deadPort(), broker.host() + ":" + broker.port()));
            try {
                var event = new IntegrationEvent(UUID.randomUUID(), "org.counterpart.directory.unit-registered.v1",
                        "/counterpart/directory", Instant.now().truncatedTo(ChronoUnit.SECONDS),
                        "https://counterpart.example/events/schemas/org.counterpart.directory.unit-registered.v1.json",
                        "{\"unitCode\":\"u-cluster\"}");

                sender.send(exchange.exchange, "directory.unit-registered.v1", event).get(20, TimeUnit.SECONDS);

                var received = exchange.receiveUntil(m -> event.id().toString()
                        .equals(m.getMessageProperties().getHeader("cloudEvents:id")), Duration.ofSeconds(10));
                assertThat(received).last().satisfies(m -> assertThat(new String(m.getBody(), StandardCharsets.UTF_8))
                        .isEqualTo("{\"unitCode\":\"u-cluster\"}"));
            } finally {
                sender.destroy();
                application.destroy();
            }
        }
    }

    /** A local port nobody listens on (taken and given back). */
    private static int deadPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
