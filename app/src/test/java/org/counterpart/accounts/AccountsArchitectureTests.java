package org.counterpart.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitecture;
import org.junit.jupiter.api.Test;

class AccountsArchitectureTests {

    static final ModuleArchitecture MODULE = ModuleArchitecture.of("accounts");

    @Test
    void domainIsPlainJava() {
        MODULE.domainIsFrameworkFree().check(MODULE.classes());
    }

    @Test
    void coreDoesNotKnowItsAdapters() {
        MODULE.coreDoesNotDependOnAdapters().check(MODULE.classes());
    }

    @Test
    void adaptersAreNotUsedFromOutside() {
        MODULE.adaptersAreNotUsedFromOutside().check(MODULE.classes());
    }

    @Test
    void touchesOnlyItsOwnTables() {
        assertThat(MODULE.ownSqlResources()).isNotEmpty();
        assertThat(MODULE.foreignTableReferences()).isEmpty();
    }
}
