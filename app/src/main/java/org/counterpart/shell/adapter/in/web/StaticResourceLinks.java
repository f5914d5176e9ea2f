package org.counterpart.shell.adapter.in.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as the templates give them, not rewritten as static resources.
 * <p>
 * With the WebJars locator on the class path Spring Boot turns the resource chain on (so that
 * {@code /webjars/htmx.org/dist/htmx.min.js} finds the jar's version), and with it a filter that passes every link a
 * template builds through the resource resolvers, in case it names a static file to be versioned. Counterpart versions
 * no static file; but the resolvers look each link up in four class-path folders inside the packaged jar, and only
 * the links that are files are remembered. A task list of 50 rows with its links spent most of its time there (the
 * benchmark's Flight Recording: 1,414 of 7,700 samples of the whole run under {@code PathResourceResolver}). Turning
 * the filter off keeps the chain — WebJars still resolve — and leaves links alone.
 */
@Configuration
class StaticResourceLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
