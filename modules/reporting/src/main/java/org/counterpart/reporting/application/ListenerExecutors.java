package org.counterpart.reporting.application;

import org.counterpart.reporting.domain.StatisticsEvents;
import org.counterpart.reporting.integration.IntegrationListenerIds;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Reporting's listeners on threads of their own, apart from the application's shared pool (Spring Boot's, kept with
 * {@code spring.task.execution.mode=force} in the application's configuration).
 * <p>
 * Every application module listener ran on the shared pool (8 threads), in the order the events came. After a large
 * import that queue held thousands of statistics updates, which take one lock in turn: eight threads waited on it,
 * each holding one of the ten database connections, and the RabbitMQ sends and webhook fan-outs of the same events
 * queued behind them — the benchmark saw 153 events a second reach RabbitMQ where the plain client sends 1,869.
 * <ul>
 * <li>{@value StatisticsEvents#LISTENER_EXECUTOR}: the statistics, {@value #STATISTICS_THREADS} threads. They hold no
 * connection while they wait: the events of those threads are recorded together, one transaction a group
 * ({@link StatisticsGroupCommit}).</li>
 * <li>{@value IntegrationListenerIds#DELIVERY_EXECUTOR}: RabbitMQ and the webhook fan-out
 * ({@code counterpart.reporting.integration.delivery-threads}, 16). A send returns a future that the broker's
 * confirm completes, but Spring's {@code @Async} holds the thread until it does: the threads are the sends in flight
 * (with 4, the benchmark's events reached RabbitMQ at a fifth of the plain client's rate, the threads parked on
 * confirms). They hold no database connection while they wait.</li>
 * </ul>
 * A stop lets running work finish for a moment, as Spring Modulith sets for the shared pool; what is left stays
 * incomplete in the registry and is resubmitted after the next start.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutors {

    static final int STATISTICS_THREADS = 32;

    @Bean(name = StatisticsEvents.LISTENER_EXECUTOR)
    ThreadPoolTaskExecutor reportingStatisticsExecutor() {
        return pool("statistics-", STATISTICS_THREADS);
    }

    @Bean(name = IntegrationListenerIds.DELIVERY_EXECUTOR)
    ThreadPoolTaskExecutor integrationDeliveryExecutor(
            @Value("${counterpart.reporting.integration.delivery-threads:16}") int threads) {
        return pool("integration-", threads);
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(prefix);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(2);
        return executor;
    }
}
