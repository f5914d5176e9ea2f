package org.counterpart.shell.adapter.out.persistence;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The connection pool behind a proxy that takes a real connection only when a transaction runs its first statement.
 * Many transactions run none: Spring Modulith's registry opens one to mark each event's delivery in progress and
 * another to mark it done, and the application keeps both in memory (decision 0011); a read served from memory opens
 * one and reads nothing. Each still cost a connection from the pool and three round trips (autocommit off, commit,
 * autocommit on) — in the benchmark, four such transactions per event delivered.
 */
@Configuration(proxyBeanMethods = false)
class LazyConnections {

    @Bean
    static BeanPostProcessor lazyConnectionsForTheDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return "dataSource".equals(name) && bean instanceof DataSource pool
                        && !(bean instanceof LazyConnectionDataSourceProxy) ? new LazyConnectionDataSourceProxy(pool)
                                : bean;
            }
        };
    }
}
