package org.counterpart.enrolment;

import org.counterpart.testing.ModuleArchitectureTests;

class EnrolmentArchitectureTests extends ModuleArchitectureTests {

    EnrolmentArchitectureTests() {
        super("enrolment");
    }
}
