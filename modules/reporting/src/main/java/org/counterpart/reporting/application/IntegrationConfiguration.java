package org.counterpart.reporting.application;

import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Binds the settings of the events for downstream systems, and gives their delivery threads of its own.
 * <p>
 * Every application module listener runs on the application's shared pool (8 threads), in the order the events came.
 * After a large import that queue holds thousands of statistics updates, which take one lock in turn, and the
 * RabbitMQ sends and webhook fan-outs of the same events wait behind them: the benchmark saw 153 events a second
 * reach RabbitMQ where the plain client sends 1,869. The two delivery listeners therefore run on
 * {@value IntegrationListenerIds#DELIVERY_EXECUTOR}, a pool of their own
 * ({@code counterpart.reporting.integration.delivery-threads}, 4). The shared pool stays Spring Boot's
 * ({@code spring.task.execution.mode=force}, set in the application's configuration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IntegrationProperties.class, WebhookProperties.class })
class IntegrationConfiguration {

    @Bean(name = IntegrationListenerIds.DELIVERY_EXECUTOR)
    ThreadPoolTaskExecutor integrationDeliveryExecutor(
            @Value("${counterpart.reporting.integration.delivery-threads:4}") int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("integration-");
        // As Spring Modulith sets for the shared pool: a stop lets running deliveries finish for a moment; what is
        // left stays incomplete in the registry and is resubmitted after the next start.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(2);
        return executor;
    }
}
