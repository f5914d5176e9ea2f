package org.counterpart.reporting.adapter.out.broker;

import org.springframework.amqp.rabbit.connection.ConnectionFactory;
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
            IntegrationBrokerProperties properties) {
        return new RabbitIntegrationSender(connectionFactory, properties);
    }

    @Bean
    IntegrationEventsToBroker integrationEventsToBroker(RabbitIntegrationSender sender,
            IntegrationBrokerProperties properties) {
        return new IntegrationEventsToBroker(sender, properties);
    }
}
