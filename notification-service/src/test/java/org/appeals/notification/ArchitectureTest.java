package org.appeals.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's shape: features that do not go round in circles, and the MongoDB driver only in its adapters. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.appeals.notification");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.appeals.notification.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The adapters are the classes named {@code Mongo*}: the stores and the collection and document mappings. */
    @Test
    void onlyTheMongoAdaptersUseTheDriver() {
        noClasses().that().haveSimpleNameNotStartingWith("Mongo")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .check(classes);
    }
}
