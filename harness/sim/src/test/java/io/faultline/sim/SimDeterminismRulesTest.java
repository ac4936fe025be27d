package io.faultline.sim;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.faultline.node.rules.NodeRules;
import org.junit.jupiter.api.Test;

/**
 * A simulator is only as deterministic as its own code: it must obey the rules it lets nodes rely on. The test
 * nodes obey them too, which is also the worked example of applying {@link NodeRules} from another module.
 */
class SimDeterminismRulesTest {

    @Test
    void theSimulatorReadsNoClockStartsNoThreadAndDrawsOnlySeededRandomness() {
        JavaClasses simulator = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.faultline.sim");
        ArchRule rule = NodeRules.deterministicNodes("io.faultline.sim..");
        rule.check(simulator);
    }

    @Test
    void theTestNodesAreValidNodes() {
        JavaClasses testNodes = new ClassFileImporter().importPackages("io.faultline.sim.testnodes");
        NodeRules.deterministicNodes("io.faultline.sim.testnodes..").check(testNodes);
    }
}
