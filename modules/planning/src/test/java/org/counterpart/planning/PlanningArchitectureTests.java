package org.counterpart.planning;

import org.counterpart.testing.ModuleArchitectureTests;

class PlanningArchitectureTests extends ModuleArchitectureTests {

    PlanningArchitectureTests() {
        super("planning");
    }
}
