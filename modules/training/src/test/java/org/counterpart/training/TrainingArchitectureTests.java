package org.counterpart.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

class TrainingArchitectureTests extends ModuleArchitectureTests {

    TrainingArchitectureTests() {
        super("training");
    }

    @Test
    void hasItsOwnMigrationsAndMappers() {
        assertThat(module.ownSqlResources()).isNotEmpty();
    }
}
