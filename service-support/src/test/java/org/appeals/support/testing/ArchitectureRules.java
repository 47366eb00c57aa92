package org.appeals.support.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture every service keeps, checked by its own {@code ArchitectureTest} on its main classes: features
 * (the packages under the service's base package) depend on each other without cycles, and only the MongoDB adapters
 * — classes named {@code Mongo*} (their nested classes too), and the {@code *Configuration} classes that hand them a
 * client or database — see the driver or BSON.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static void featuresAreFreeOfCycles(String basePackage) {
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(mainClasses(basePackage));
    }

    public static void onlyMongoAdaptersSeeTheDriver(String basePackage) {
        noClasses().that().haveNameNotMatching(".*\\.Mongo[^.]*").and().haveSimpleNameNotEndingWith("Configuration")
                .should().dependOnClassesThat().resideInAnyPackage("org.bson..", "com.mongodb..")
                .because("persistence stays behind each feature's port, in its Mongo* adapter")
                .check(mainClasses(basePackage));
    }

    private static JavaClasses mainClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }
}
