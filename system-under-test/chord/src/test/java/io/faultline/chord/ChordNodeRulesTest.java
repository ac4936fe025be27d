package io.faultline.chord;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.faultline.node.rules.NodeRules;

/** Chord is a deterministic sans-I/O node: no threads, sockets, files, system clock or Random. */
@AnalyzeClasses(packages = "io.faultline.chord", importOptions = ImportOption.DoNotIncludeTests.class)
class ChordNodeRulesTest {

    @ArchTest
    static final ArchRule deterministic = NodeRules.deterministicNodes("io.faultline.chord..");
}
