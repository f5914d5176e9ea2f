package org.counterpart.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

class DirectoryArchitectureTests extends ModuleArchitectureTests {

    DirectoryArchitectureTests() {
        super("directory");
    }

    @Test
    void hasItsOwnMigrationsAndMappers() {
        assertThat(module.ownSqlResources()).isNotEmpty();
    }
}
