package org.counterpart.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The rules that keep one module inside its bounds, shared so that every module states them the same way.
 * A module's {@code …ArchitectureTests} call these with its own name.
 */
public final class ModuleArchitecture {

    /** Every module that owns tables, by the prefix of its tables. */
    public static final Set<String> TABLE_OWNERS = Set.of("directory", "planning", "training", "enrolment",
            "reporting", "accounts");

    private static final Pattern TABLE_NAME = Pattern
            .compile("\\b(" + String.join("|", TABLE_OWNERS) + ")_[a-z0-9_]+\\b");

    private final String module;
    private final String basePackage;

    private ModuleArchitecture(String module) {
        this.module = module;
        this.basePackage = "org.counterpart." + module;
    }

    public static ModuleArchitecture of(String module) {
        return new ModuleArchitecture(module);
    }

    /** All production classes of the application that are on the class path, this module's and the others'. */
    public JavaClasses classes() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/counterpart/testing/"))
                .importPackages("org.counterpart");
    }

    /** The domain is plain Java: no Spring, MyBatis, Jakarta or servlet type. */
    public ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage(basePackage + ".domain..").should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.apache.ibatis..", "org.mybatis..", "jakarta..",
                        "javax.servlet..", "javax.persistence..")
                .as("the domain of '%s' imports no Spring, MyBatis, Jakarta or servlet type".formatted(module))
                .allowEmptyShould(true);
    }

    /** The inside of the hexagon does not know its adapters. */
    public ArchRule coreDoesNotDependOnAdapters() {
        return noClasses().that().resideInAnyPackage(basePackage, basePackage + ".domain..", basePackage + ".application..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + ".adapter..")
                .as("the API, domain and application of '%s' do not depend on its adapters".formatted(module))
                .allowEmptyShould(true);
    }

    /** Nobody outside the module uses its adapters. */
    public ArchRule adaptersAreNotUsedFromOutside() {
        return noClasses().that().resideOutsideOfPackage(basePackage + "..").should().dependOnClassesThat()
                .resideInAPackage(basePackage + ".adapter..")
                .as("the adapters of '%s' are not used from outside the module".formatted(module))
                .allowEmptyShould(true);
    }

    /**
     * Every table named in this module's migrations and MyBatis mappers is one of its own (prefixed with its name),
     * and no other module's migrations or mappers on the class path name this module's tables.
     *
     * @return the violations, one line each; empty when the module keeps to its tables.
     */
    public List<String> foreignTableReferences() {
        var violations = new ArrayList<String>();
        for (var owner : TABLE_OWNERS) {
            for (var resource : sqlOf(owner)) {
                for (var table : tablesNamedIn(resource)) {
                    var tableOwner = table.substring(0, table.indexOf('_')).toLowerCase();
                    boolean concernsThisModule = owner.equals(module) || tableOwner.equals(module);
                    if (concernsThisModule && !tableOwner.equals(owner)) {
                        violations.add("%s (module '%s') names table %s of module '%s'".formatted(
                                describe(resource), owner, table, tableOwner));
                    }
                }
            }
        }
        return violations;
    }

    /** The migration scripts and MyBatis mapper files this module owns. */
    public List<Resource> ownSqlResources() {
        return sqlOf(module);
    }

    private static List<Resource> sqlOf(String owner) {
        var resolver = new PathMatchingResourcePatternResolver(ModuleArchitecture.class.getClassLoader());
        var resources = new ArrayList<Resource>();
        try {
            resources.addAll(List.of(resolver.getResources("classpath*:db/migration/" + owner + "/**/*.sql")));
            resources.addAll(List.of(resolver.getResources("classpath*:org/counterpart/" + owner + "/**/*Mapper.xml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources;
    }

    private static Set<String> tablesNamedIn(Resource resource) {
        try {
            // Tables are named in lower case; comments and string literals ('TRAINING_CENTRE') name none.
            var text = resource.getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("(?m)--.*$", "")
                    .replaceAll("'(?:[^']|'')*'", "''");
            var matcher = TABLE_NAME.matcher(text);
            var tables = new TreeSet<String>();
            while (matcher.find()) {
                tables.add(matcher.group());
            }
            return tables;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
