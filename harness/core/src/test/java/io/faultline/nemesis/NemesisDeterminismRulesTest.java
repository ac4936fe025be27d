package io.faultline.nemesis;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.faultline.node.rules.NodeRules;
import org.junit.jupiter.api.Test;

/**
 * A seed replays a run's faults only if nemeses draw every choice from the stream they are given: no clock, no
 * unseeded randomness, no threads, the same rules nodes obey.
 */
class NemesisDeterminismRulesTest {

    @Test
    void nemesesReadNoClockStartNoThreadAndDrawOnlySeededRandomness() {
        JavaClasses nemeses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.faultline.nemesis");
        NodeRules.deterministicNodes("io.faultline.nemesis..").check(nemeses);
    }
}
