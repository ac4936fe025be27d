package io.faultline.kv;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.faultline.node.rules.NodeRules;

/** The kv systems are deterministic sans-I/O nodes: no threads, sockets, files, system clock or Random. */
@AnalyzeClasses(packages = "io.faultline.kv", importOptions = ImportOption.DoNotIncludeTests.class)
class KvNodeRulesTest {

    @ArchTest
    static final ArchRule deterministic = NodeRules.deterministicNodes("io.faultline.kv..");
}
