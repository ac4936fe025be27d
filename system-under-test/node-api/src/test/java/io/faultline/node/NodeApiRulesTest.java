package io.faultline.node;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.faultline.node.rules.NodeRules;

/** The node API itself obeys the rules it imposes: everything a node touches here is deterministic. */
@AnalyzeClasses(packages = "io.faultline.node", importOptions = ImportOption.DoNotIncludeTests.class)
class NodeApiRulesTest {

    @ArchTest
    static final ArchRule deterministic = NodeRules.deterministicNodes("io.faultline.node..");
}
