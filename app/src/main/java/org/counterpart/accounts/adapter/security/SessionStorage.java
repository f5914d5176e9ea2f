package org.counterpart.accounts.adapter.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Web sessions are kept in the database by Spring Session JDBC (configured under {@code spring.session.*}; the tables
 * come from the accounts module's migrations), so every instance of the application serves every signed-in user.
 * Their attributes are sealed there ({@link SealedSessionAttributes}).
 */
@Configuration
class SessionStorage {

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sealedSessionAttributes(
            @Value("${counterpart.accounts.session-key:}") String key,
            @Value("${counterpart.accounts.session-key-required:false}") boolean required) {
        var sealing = new SealedSessionAttributes(key, required, SessionStorage.class.getClassLoader());
        return repository -> repository.setConversionService(sealing.conversionService());
    }
}
