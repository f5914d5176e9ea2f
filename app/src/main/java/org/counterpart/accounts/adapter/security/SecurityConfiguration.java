package org.counterpart.accounts.adapter.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.ServletException;

import org.counterpart.accounts.Accounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;

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

    /**
     * The pages load scripts, styles and images from the application only — no inline script or style, no other
     * site — and are never framed; forms post only to the application.
     */
    static final String PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** The API's answers are data: nothing in them is to be run, loaded or framed by a browser. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** No page needs the camera, microphone, location or payment. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** The name HTTP Basic's challenge gives the API. */
    static final String REALM = "Counterpart";

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
     * an account that signed in is remembered for a few seconds ({@link RecentlySignedInUsers}); wrong passwords are
     * counted and too many pause the account ({@link ThrottledSignIns}).
     */
    @Bean
    AuthenticationProvider authenticationProvider(Accounts accounts, PasswordEncoder passwordEncoder,
            @Value("${counterpart.accounts.signed-in-users.remember:5s}") Duration remember,
            @Value("${counterpart.accounts.signed-in-users.capacity:10000}") int capacity) {
        var rememberedUsers = new RecentlySignedInUsers(remember, capacity, Clock.systemUTC());
        var provider = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts));
        provider.setPasswordEncoder(passwordEncoder);
        provider.setUserCache(rememberedUsers);
        return new ThrottledSignIns(provider, accounts, rememberedUsers);
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
    SecurityFilterChain api(HttpSecurity http, MessageSource messages, LocaleResolver locales, Accounts accounts)
            throws Exception {
        var signInRequired = new ApiSignInRequired(messages, locales, accounts);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(signInRequired))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInRequired))
                .headers(headers -> headers(headers, API_CSP))
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
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(signInFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
                .exceptionHandling(Customizer.withDefaults())
                .headers(headers -> headers(headers, PAGES_CSP))
                .build();
    }

    /**
     * The headers of every answer, beside Spring Security's own (no sniffing, {@code X-Frame-Options: DENY}, no
     * caching of what needs signing in, and HSTS on every answer over HTTPS — behind a proxy that ends TLS too, as
     * {@code server.forward-headers-strategy} trusts its {@code X-Forwarded-Proto}): the content security policy, no
     * referrer sent to other sites, and no powerful browser features.
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers, String contentSecurityPolicy) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }

    /**
     * A wrong name or password sends the form back with {@code ?error}; a paused account with {@code ?paused}. A
     * sign-in that could not be checked at all (the database unreachable) goes on as the error it is, which the shell
     * answers with 503.
     */
    private static AuthenticationFailureHandler signInFailures() {
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?paused"));
        return (request, response, refused) -> {
            if (refused instanceof InternalAuthenticationServiceException) {
                throw new ServletException("the sign-in could not be checked", refused);
            }
            failures.onAuthenticationFailure(request, response, refused);
        };
    }
}
