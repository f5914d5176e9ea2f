package org.counterpart.accounts.application;

import java.time.Duration;

import org.counterpart.accounts.domain.SignInThrottle;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code counterpart.accounts.*}: whether the demo accounts are created (the embedded default only), the
 * administrator to create where there is none yet (production: from {@code COUNTERPART_ADMIN_USERNAME} and
 * {@code COUNTERPART_ADMIN_PASSWORD}), and {@code sign-in.*}: how many wrong passwords within how long pause an
 * account, and for how long.
 */
@ConfigurationProperties("counterpart.accounts")
record AccountsProperties(boolean demo, Admin admin, SignIn signIn) {

    record Admin(String username, String password, String displayName) {

        boolean isConfigured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    record SignIn(Integer maxFailures, Duration window, Duration pause) {

        SignInThrottle throttle() {
            var defaults = SignInThrottle.DEFAULT;
            return new SignInThrottle(maxFailures == null ? defaults.maxFailures() : maxFailures,
                    window == null ? defaults.window() : window, pause == null ? defaults.pause() : pause);
        }
    }

    AccountsProperties {
        admin = admin == null ? new Admin(null, null, null) : admin;
        signIn = signIn == null ? new SignIn(null, null, null) : signIn;
    }
}
