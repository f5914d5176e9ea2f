package org.counterpart.accounts.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code counterpart.accounts.*}: whether the demo accounts are created (the embedded default only), and the
 * administrator to create where there is none yet (production: from {@code COUNTERPART_ADMIN_USERNAME} and
 * {@code COUNTERPART_ADMIN_PASSWORD}).
 */
@ConfigurationProperties("counterpart.accounts")
record AccountsProperties(boolean demo, Admin admin) {

    record Admin(String username, String password, String displayName) {

        boolean isConfigured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    AccountsProperties {
        admin = admin == null ? new Admin(null, null, null) : admin;
    }
}
