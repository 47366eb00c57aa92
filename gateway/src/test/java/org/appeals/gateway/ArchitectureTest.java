package org.appeals.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the gateway organised by feature: no feature package depends on another in a circle, and only the key
 * store's MongoDB adapter ({@code Mongo*}, the {@code *Documents} mapping, the configuration that builds the client)
 * sees the driver or BSON.
 */
class ArchitectureTest {

    private static final JavaClasses GATEWAY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.appeals.gateway");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.appeals.gateway.(*)..").should().beFreeOfCycles().check(GATEWAY);
    }

    @Test
    void onlyTheMongoAdapterSeesTheDriver() {
        noClasses().that().haveSimpleNameNotStartingWith("Mongo").and().haveSimpleNameNotEndingWith("Documents")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .check(GATEWAY);
    }
}
