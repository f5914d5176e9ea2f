package org.counterpart.shell;

import org.counterpart.testing.ModuleArchitecture;
import org.junit.jupiter.api.Test;

class ShellArchitectureTests {

    static final ModuleArchitecture MODULE = ModuleArchitecture.of("shell");

    @Test
    void adaptersAreNotUsedFromOutside() {
        MODULE.adaptersAreNotUsedFromOutside().check(MODULE.classes());
    }
}
