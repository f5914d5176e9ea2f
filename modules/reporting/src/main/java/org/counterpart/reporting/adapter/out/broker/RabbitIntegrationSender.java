package org.counterpart.reporting.adapter.out.broker;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.counterpart.reporting.domain.BrokerReach;
import org.counterpart.reporting.integration.IntegrationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;

/**
 * Sends events to the topic exchange over a connection of its own, with the application's broker settings and
 * publisher confirms: a send is done when the broker confirmed it, and fails (leaving the publication incomplete, to
 * be resubmitted) when the broker is away, refuses it or does not confirm in time. The exchange is declared on every
 * new connection, so a broker that lost it gets it back. Given the nodes of a cluster, it connects to the first that
 * answers.
 */
class RabbitIntegrationSender implements BrokerReach, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RabbitIntegrationSender.class);

    private final CachingConnectionFactory connections;
    private final RabbitTemplate template;
    private final IntegrationBrokerProperties properties;

    /**
     * @param addresses every node of the broker ({@code host:port}), as configured; empty for the one the application's
     *                  connection factory names. Spring Boot gives the client factory it shares only the first of
     *                  {@code spring.rabbitmq.addresses}, so without them a cluster's first node down would hold every
     *                  event back instead of the sender moving to the next.
     */
    RabbitIntegrationSender(ConnectionFactory application, IntegrationBrokerProperties properties,
            List<String> addresses) {
        this.properties = properties;
        var client = application instanceof AbstractConnectionFactory factory ? factory.getRabbitConnectionFactory()
                : null;
        this.connections = client != null ? new CachingConnectionFactory(client)
                : new CachingConnectionFactory(application.getHost(), application.getPort());
        if (!addresses.isEmpty()) {
            connections.setAddresses(String.join(",", addresses));
        }
        connections.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connections.setConnectionNameStrategy(factory -> "counterpart-integration-events");
        connections.addConnectionListener(connection -> {
            try (var channel = connection.createChannel(false)) {
                channel.exchangeDeclare(properties.exchange(), "topic", true);
            } catch (Exception e) {
                throw new AmqpException("could not declare the exchange " + properties.exchange(), e);
            }
        });
        this.template = new RabbitTemplate(connections);
    }

    /** Sends one event; the future completes when the broker confirmed it, exceptionally otherwise. */
    CompletableFuture<?> send(String exchange, String routingKey, IntegrationEvent event) {
        try {
            var correlation = new CorrelationData(event.id().toString());
            template.send(exchange, routingKey, CloudEventsAmqp.message(event), correlation);
            return correlation.getFuture().orTimeout(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .thenApply(confirm -> {
                        if (!confirm.ack()) {
                            throw new AmqpException("the broker refused " + event.id() + ": " + confirm.reason());
                        }
                        LOG.debug("Sent {} {} to {} as {}", event.type(), event.id(), exchange, routingKey);
                        return event.id();
                    });
        } catch (RuntimeException e) {
            // A failed future, not a throw: the registry marks the publication failed and logs one line.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The sender's own connection is open, or one can be opened now (within the connection and handshake time-outs). */
    @Override
    public boolean reachable() {
        try {
            return connections.createConnection().isOpen();
        } catch (AmqpException e) {
            LOG.debug("The broker is out of reach: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public void destroy() {
        connections.destroy();
    }
}
