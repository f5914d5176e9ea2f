package org.counterpart.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The architecture rules every module keeps, as tests. A module's {@code <Module>ArchitectureTests} extends this
 * with its own name; the rules themselves are in {@link ModuleArchitecture}.
 */
public abstract class ModuleArchitectureTests {

    protected final ModuleArchitecture module;

    protected ModuleArchitectureTests(String module) {
        this.module = ModuleArchitecture.of(module);
    }

    @Test
    void domainIsPlainJava() {
        module.domainIsFrameworkFree().check(module.classes());
    }

    @Test
    void coreDoesNotKnowItsAdapters() {
        module.coreDoesNotDependOnAdapters().check(module.classes());
    }

    @Test
    void adaptersAreNotUsedFromOutside() {
        module.adaptersAreNotUsedFromOutside().check(module.classes());
    }

    @Test
    void touchesOnlyItsOwnTables() {
        assertThat(module.foreignTableReferences()).isEmpty();
    }
}
