package io.faultline.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a stored run's files are.
 *
 * @param dir             {@code store/<test>/<timestamp>/}
 * @param history         {@code history.jsonl}
 * @param results         {@code results.json}
 * @param timeline        {@code timeline.html}: the history with the nemesis's faults as bands
 * @param counterexamples one HTML page per checker that found a counterexample ({@code counterexample-<checker>.html})
 * @param log             the runtime's trace under {@code logs/}
 * @param report          {@code report.html}: verdicts, counterexample, timeline, latency, throughput, replay command;
 *                        empty when no {@link RunReportWriter} (the {@code report} module) is on the class path
 */
public record RunFiles(Path dir, Path history, Path results, Path timeline, List<Path> counterexamples, Path log,
                       Optional<Path> report) {

    public RunFiles {
        counterexamples = List.copyOf(counterexamples);
    }

    /** The folder that holds every stored run of {@code spec}'s test: {@code <store>/<test>/}. */
    public static Path testDir(TestSpec spec) {
        return spec.storeDir().resolve(RunStore.safe(spec.testName()));
    }
}
