package org.counterpart;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClass;

import org.jmolecules.archunit.JMoleculesArchitectureRules;
import org.jmolecules.archunit.JMoleculesDddRules;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.VerificationOptions;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep their bounds — no cycles, no reaching into another module's internals, and jMolecules'
 * hexagonal and DDD rules (named here: Modulith 2.0's defaults alone did not apply the hexagonal rule) — and
 * their diagrams in {@code docs/modules/} are current.
 */
class ModularityTests {

    /** The modules of the application; the shared test support (org.counterpart.testing) is no module of it. */
    static final ApplicationModules MODULES = ApplicationModules.of(CounterpartApplication.class,
            JavaClass.Predicates.resideInAPackage("org.counterpart.testing.."));

    @Test
    void modulesKeepTheirBounds() {
        MODULES.verify(VerificationOptions.defaults().andAdditionalVerifications(
                JMoleculesArchitectureRules.ensureHexagonal(), JMoleculesDddRules.all()));
    }

    @Test
    void writesModuleDocumentation() {
        var output = Path.of("..", "docs", "modules").toAbsolutePath().normalize().toString();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
    }
}
