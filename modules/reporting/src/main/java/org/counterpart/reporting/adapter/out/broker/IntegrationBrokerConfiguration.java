package org.counterpart.reporting.adapter.out.broker;

import java.util.List;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The bridge from Spring Modulith's event publication registry to RabbitMQ ({@code spring-modulith-events-amqp} is not
 * available here), on where a broker is configured: {@link IntegrationEventsToBroker}, an application module listener
 * whose publication completes only when the broker confirmed the message, over {@link RabbitIntegrationSender}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(BrokerPublishingCondition.class)
@EnableConfigurationProperties(IntegrationBrokerProperties.class)
class IntegrationBrokerConfiguration {

    @Bean
    RabbitIntegrationSender integrationEventSender(ConnectionFactory connectionFactory,
            IntegrationBrokerProperties properties, ObjectProvider<RabbitConnectionDetails> connectionDetails) {
        return new RabbitIntegrationSender(connectionFactory, properties,
                clusterAddresses(connectionFactory, connectionDetails.getIfAvailable()));
    }

    /**
     * Every node of {@code spring.rabbitmq.addresses}, where there are several and the connection factory is the one
     * Spring Boot built from them (it names their first); none otherwise — one node, or a connection factory of its
     * own (a test's proxy), which the sender then follows as it is.
     */
    static List<String> clusterAddresses(ConnectionFactory connectionFactory, RabbitConnectionDetails details) {
        if (details == null || details.getAddresses().size() < 2) {
            return List.of();
        }
        var first = details.getFirstAddress();
        if (!first.host().equals(connectionFactory.getHost()) || first.port() != connectionFactory.getPort()) {
            return List.of();
        }
        return details.getAddresses().stream().map(address -> address.host() + ":" + address.port()).toList();
    }

    @Bean
    IntegrationEventsToBroker integrationEventsToBroker(RabbitIntegrationSender sender,
            IntegrationBrokerProperties properties) {
        return new IntegrationEventsToBroker(sender, properties);
    }
}
