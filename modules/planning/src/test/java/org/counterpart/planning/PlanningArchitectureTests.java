package org.counterpart.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

class PlanningArchitectureTests extends ModuleArchitectureTests {

    PlanningArchitectureTests() {
        super("planning");
    }

    @Test
    void hasItsOwnMigrationsAndMappers() {
        assertThat(module.ownSqlResources()).isNotEmpty();
    }
}
