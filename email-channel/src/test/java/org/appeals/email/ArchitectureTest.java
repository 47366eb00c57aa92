package org.appeals.email;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the e-mail channel organised by feature: {@code inbound}, {@code reply} and {@code thread} never depend on
 * each other in a circle, and only the MongoDB adapter ({@code MongoSentReplies}) sees the driver or BSON.
 */
class ArchitectureTest {

    private static final JavaClasses EMAIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.appeals.email");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.appeals.email.(*)..").should().beFreeOfCycles().check(EMAIL);
    }

    @Test
    void onlyTheMongoAdapterSeesTheDriver() {
        noClasses().that().haveSimpleNameNotStartingWith("Mongo")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .check(EMAIL);
    }
}
