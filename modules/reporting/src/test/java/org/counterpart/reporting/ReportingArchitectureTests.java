package org.counterpart.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

class ReportingArchitectureTests extends ModuleArchitectureTests {

    ReportingArchitectureTests() {
        super("reporting");
    }

    @Test
    void hasItsOwnMigrationsAndMappers() {
        assertThat(module.ownSqlResources()).isNotEmpty();
    }
}
