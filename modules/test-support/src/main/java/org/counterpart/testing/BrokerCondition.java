package org.counterpart.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables {@link NeedsBroker} tests when a broker is there (or required, in which case its absence fails). */
class BrokerCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return TestServers.broker().isPresent()
                ? ConditionEvaluationResult.enabled("RabbitMQ is available")
                : ConditionEvaluationResult.disabled("no RabbitMQ here and COUNTERPART_TEST_RABBIT_REQUIRED is not set");
    }
}
