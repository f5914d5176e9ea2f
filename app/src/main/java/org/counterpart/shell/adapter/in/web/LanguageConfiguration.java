package org.counterpart.shell.adapter.in.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese (zh-CN) unless the user switches to English with {@code ?lang=en}; the choice is kept in a cookie for a
 * year: staff see Chinese whatever their browser prefers. API clients choose with {@code Accept-Language}; one that
 * prefers English gets its messages in English.
 */
@Configuration
class LanguageConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("counterpart-lang");
        resolver.setDefaultLocaleFunction(request -> {
            var preferred = request.getHeader("Accept-Language");
            boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
            return api && preferred != null && preferred.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                    : DEFAULT;
        });
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler) {
                var lang = request.getParameter(getParamName());
                if (lang != null) {
                    var resolver = org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
                    if (resolver != null) {
                        resolver.setLocale(request, response, "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : DEFAULT);
                    }
                }
                return true;
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
