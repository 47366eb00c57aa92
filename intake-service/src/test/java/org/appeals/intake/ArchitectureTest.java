package org.appeals.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps intake organised by feature: no feature package depends on another in a circle, and only the MongoDB adapters
 * ({@code Mongo*} stores and the {@code *Documents} mappings beside them) see the driver or BSON.
 */
class ArchitectureTest {

    private static final JavaClasses INTAKE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.appeals.intake");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.appeals.intake.(*)..").should().beFreeOfCycles().check(INTAKE);
    }

    @Test
    void onlyTheMongoAdaptersSeeTheDriver() {
        noClasses().that().haveSimpleNameNotStartingWith("Mongo").and().haveSimpleNameNotEndingWith("Documents")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .check(INTAKE);
    }
}
