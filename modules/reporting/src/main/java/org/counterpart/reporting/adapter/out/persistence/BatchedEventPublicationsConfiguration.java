package org.counterpart.reporting.adapter.out.persistence;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventSerializer;

/**
 * Puts {@link BatchedEventPublications} in front of Spring Modulith's JDBC event publication repository, wherever
 * the application runs with it (the embedded default's H2 as much as MySQL) and completed publications are deleted
 * ({@code spring.modulith.events.completion-mode=delete}, the application's setting); with another completion mode
 * the repository is left as it is.
 */
@Configuration(proxyBeanMethods = false)
class BatchedEventPublicationsConfiguration {

    @Bean
    static BeanPostProcessor batchedEventPublications(ObjectProvider<JdbcTemplate> jdbc,
            ObjectProvider<EventSerializer> serializer, Environment environment) {
        boolean deleting = "delete".equalsIgnoreCase(
                environment.getProperty("spring.modulith.events.completion-mode", "update"));
        return new DestructionAwareBeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (deleting && bean instanceof EventPublicationRepository registry
                        && !(bean instanceof BatchedEventPublications)
                        && AopUtils.getTargetClass(bean).getName().startsWith("org.springframework.modulith.events.jdbc.")) {
                    // Spring's transaction proxy of it, as the application context holds it.
                    return new BatchedEventPublications(registry, jdbc.getObject(), serializer.getObject());
                }
                return bean;
            }

            @Override
            public void postProcessBeforeDestruction(Object bean, String beanName) {
                if (bean instanceof BatchedEventPublications batched) {
                    batched.stop();
                }
            }
        };
    }
}
