package io.faultline.p2p;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.faultline.node.rules.NodeRules;

/** The p2p nodes are deterministic and sans-I/O: no threads, sockets, files, system clock or Random. */
@AnalyzeClasses(packages = "io.faultline.p2p", importOptions = ImportOption.DoNotIncludeTests.class)
class P2pNodeRulesTest {

    @ArchTest
    static final ArchRule deterministic = NodeRules.deterministicNodes("io.faultline.p2p..");
}
