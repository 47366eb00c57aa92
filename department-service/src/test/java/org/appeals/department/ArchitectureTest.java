package org.appeals.department;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The department service is packaged by feature: the features do not import each other in circles, and MongoDB is
 * spoken only by the adapters, named {@code Mongo*} and kept beside the port of the feature they serve.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.appeals.department");
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("org.appeals.department.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyMongoAdaptersSpeakBsonOrTheMongoDriver() {
        noClasses().that().haveNameNotMatching(".*\\.Mongo[^.]*")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .because("persistence stays behind each feature's port, in its Mongo* adapter").check(classes);
    }
}
