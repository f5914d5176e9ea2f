package org.counterpart.planning.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads plan imports run on, apart from the application's shared pool: {@code counterpart.planning.import
 * .threads} at once (2), and up to {@code queue} more waiting (8); beyond that an import is refused, to be asked for
 * again. A stop lets running imports finish for up to a minute; one cut short is rolled back and reads as interrupted.
 */
@Configuration(proxyBeanMethods = false)
class PlanImportThreads {

    static final String EXECUTOR = "planningImportExecutor";

    @Bean(name = EXECUTOR)
    ThreadPoolTaskExecutor planningImportExecutor(@Value("${counterpart.planning.import.threads:2}") int threads,
            @Value("${counterpart.planning.import.queue:8}") int queue) {
        var executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setThreadNamePrefix("plan-import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(60);
        return executor;
    }
}
