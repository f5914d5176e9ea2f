package org.counterpart.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterpart.testing.ModuleArchitecture;
import org.junit.jupiter.api.Test;

class EnrolmentArchitectureTests {

    static final ModuleArchitecture MODULE = ModuleArchitecture.of("enrolment");

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
        assertThat(MODULE.foreignTableReferences()).isEmpty();
    }
}
