package org.counterpart.sheets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The sheets library stays a plain Java library every module can use: it depends on the JDK (with its XML API, which
 * streams a workbook's sheet), POI and Commons CSV only — no Spring, no web or persistence type, and no module of the application, which could make a cycle.
 */
class SheetsArchitectureTests {

    @Test
    void dependsOnTheJdkPoiAndCommonsCsvOnly() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.counterpart.sheets");

        // package-info carries Spring Modulith's @ApplicationModule, which only tells Modulith what the package is.
        classes().that().doNotHaveSimpleName("package-info").should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.xml..", "org.xml.sax..", "org.apache.poi..",
                        "org.apache.commons.csv..", "org.counterpart.sheets..")
                .check(classes);
    }
}
