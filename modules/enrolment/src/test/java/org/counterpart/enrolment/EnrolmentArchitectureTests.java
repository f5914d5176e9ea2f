package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitectureTests;
import org.junit.jupiter.api.Test;

class EnrolmentArchitectureTests extends ModuleArchitectureTests {

    EnrolmentArchitectureTests() {
        super("enrolment");
    }

    @Test
    void hasItsOwnMigrationsAndMappers() {
        assertThat(module.ownSqlResources()).isNotEmpty();
    }
}
