package io.faultline.histories.check;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * One package per checker, and a shared one for what several use: the layering only stays readable while no
 * two of them need each other. {@code check} itself (results, budgets, the suite that runs everything) sits
 * above and below them all and is not a slice.
 */
class CheckPackagesTest {

    private static final JavaClasses CHECKS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.faultline.histories.check");

    @Test
    void theCheckerPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("io.faultline.histories.check.(*)..").should().beFreeOfCycles().check(CHECKS);
    }

    @Test
    void onlyTheRunnerKnowsEveryChecker() {
        noClasses().that().resideInAnyPackage("..check.register..", "..check.sequential..", "..check.session..",
                        "..check.convergence..", "..check.staleread..")
                .should().dependOnClassesThat().resideInAPackage("..check.weak..").check(CHECKS);
    }
}
