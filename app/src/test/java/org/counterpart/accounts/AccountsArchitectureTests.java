package org.counterpart.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

class AccountsArchitectureTests extends ModuleArchitectureTests {

    AccountsArchitectureTests() {
        super("accounts");
    }

    @Test
    void hasItsOwnMigrationsAndMappers() {
        assertThat(module.ownSqlResources()).isNotEmpty();
    }
}
