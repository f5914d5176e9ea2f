package org.counterpart.training;

import org.counterpart.testing.ModuleArchitectureTests;

class TrainingArchitectureTests extends ModuleArchitectureTests {

    TrainingArchitectureTests() {
        super("training");
    }
}
