package org.counterpart.reporting.adapter.out.broker;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Publishing to RabbitMQ is on when {@code counterpart.reporting.integration.broker.enabled} says so, and otherwise
 * where a broker is configured at all: the {@code mysql} profile and the tests with a broker, not the embedded default.
 */
class BrokerPublishingCondition extends SpringBootCondition {

    static final String ENABLED = "counterpart.reporting.integration.broker.enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        var enabled = environment.getProperty(ENABLED, Boolean.class);
        if (enabled != null) {
            return new ConditionOutcome(enabled, ENABLED + " is " + enabled);
        }
        var configured = environment.containsProperty("spring.rabbitmq.host")
                || environment.containsProperty("spring.rabbitmq.addresses");
        return new ConditionOutcome(configured, configured ? "a broker is configured" : "no broker is configured");
    }
}
