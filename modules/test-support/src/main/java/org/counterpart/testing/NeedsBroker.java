package org.counterpart.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that talks to RabbitMQ: it runs wherever {@link TestServers#broker()} finds one, and is skipped only
 * where there is none and none is required ({@code COUNTERPART_TEST_RABBIT_REQUIRED} makes it fail instead).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(BrokerCondition.class)
public @interface NeedsBroker {
}
