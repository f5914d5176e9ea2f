package org.counterpart.accounts.adapter.security;

import java.time.Clock;
import java.time.Duration;

import org.counterpart.accounts.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways in: scripts and other systems call {@code /api/**} with HTTP Basic (stateless, no CSRF since no
 * browser session carries it); people use the pages with a form login, a session and CSRF-protected forms.
 * What each role may do is decided where the work is, by the modules' {@code @PreAuthorize} rules.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = { "/login", "/css/**", "/img/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/error", "/actuator/health", "/actuator/health/**", "/actuator/info", "/verify", "/verify/**" };

    /** The part of the API anyone may call without signing in: checking a certificate's code. */
    static final String PUBLIC_API = "/api/public/**";

    /**
     * BCrypt, with the algorithm recorded in the hash so it can be raised later without a migration; a password that
     * matched is remembered for a few minutes, so that an API script sending it with every request does not pay
     * BCrypt every time ({@link RecentlyVerifiedPasswords}).
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${counterpart.accounts.verified-passwords.remember:5m}") Duration remember,
            @Value("${counterpart.accounts.verified-passwords.capacity:10000}") int capacity) {
        return new RecentlyVerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), remember,
                capacity, Clock.systemUTC());
    }

    /**
     * Accounts read from the database as a sign-in names them (enabled ones only), checked with the encoder above;
     * an account that signed in is remembered for a few seconds ({@link RecentlySignedInUsers}).
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder passwordEncoder,
            @Value("${counterpart.accounts.signed-in-users.remember:5s}") Duration remember,
            @Value("${counterpart.accounts.signed-in-users.capacity:10000}") int capacity) {
        var provider = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        provider.setUserCache(new RecentlySignedInUsers(remember, capacity, Clock.systemUTC()));
        return provider;
    }

    /**
     * Spring Security does not observe its own work: it would wrap each of its filters on every request in an
     * observation (a dozen objects a request, measurable on a 2-core machine: docs/performance.md), and nobody reads
     * them here. The HTTP server's own observation (request counts and times) stays.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Counterpart"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain documentation(HttpSecurity http) throws Exception {
        // The API's description is public, like any API's reference; calling the API is not.
        return http.securityMatcher("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .exceptionHandling(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'")))
                .build();
    }
}
