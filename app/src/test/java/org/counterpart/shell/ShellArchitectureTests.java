package org.counterpart.shell;

import org.counterpart.testing.ModuleArchitectureTests;

class ShellArchitectureTests extends ModuleArchitectureTests {

    ShellArchitectureTests() {
        super("shell");
    }
}
