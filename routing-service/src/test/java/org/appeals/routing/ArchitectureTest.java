package org.appeals.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps routing organised by feature: no feature package depends on another in a circle, and only the MongoDB
 * adapters ({@code Mongo*} stores, the {@code *Documents} mappings beside them, and the configurations that hand them
 * their database) see the driver or BSON.
 */
class ArchitectureTest {

    private static final JavaClasses ROUTING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.appeals.routing");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.appeals.routing.(*)..").should().beFreeOfCycles().check(ROUTING);
    }

    @Test
    void onlyTheMongoAdaptersSeeTheDriver() {
        noClasses().that().haveSimpleNameNotStartingWith("Mongo").and().haveSimpleNameNotEndingWith("Documents")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .check(ROUTING);
    }
}
