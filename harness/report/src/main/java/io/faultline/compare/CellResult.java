package io.faultline.compare;

import io.faultline.histories.History;
import io.faultline.histories.check.weak.Finding;
import io.faultline.histories.check.weak.Summary;
import io.faultline.runner.Reproduce;
import io.faultline.runner.RunFiles;
import io.faultline.runner.RunResult;
import io.faultline.runner.RunStats;
import io.faultline.runtime.Clock;
import io.faultline.runtime.Runtimes;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One cell of a comparison, as the table shows it: the strongest consistency model the run kept, its anomalies
 * counted by kind, availability, latency and messages per call, where its files are and how to replay it. Made
 * from a run just done or read back from the store; a cell with no run is {@link #missing}.
 *
 * @param cell           which cell
 * @param strongest      the strongest level kept: {@code linearizable}, {@code sequential}, {@code session},
 *                       {@code eventual}, {@code none}; empty when the cell has no run
 * @param statement      the honest one-liner ({@code at least sequential; linearizable unknown}); for a cell with
 *                       no run, why
 * @param anomalies      anomaly counts by kind, in kind order
 * @param calls          client calls (invokes), final reads included
 * @param ok             calls that completed ok
 * @param answered       calls the system decided (ok, or refused on their own terms)
 * @param latencies      percentiles of the ok calls
 * @param clock          the clock the latencies are on
 * @param nodeMessages   node-to-node messages, or -1 when the runtime cannot count them
 * @param runDir         the run's folder in the store
 * @param reproduce      the command that replays the cell
 * @param wallSeconds    how long the cell took on this machine, or -1 when read from the store (not
 *                       deterministic, so it never enters the main CSV)
 */
public record CellResult(Matrix.Cell cell, Optional<String> strongest, String statement, Map<String, Long> anomalies,
                         long calls, long ok, long answered, Latencies latencies, Clock clock, long nodeMessages,
                         Optional<Path> runDir, String reproduce, double wallSeconds) {

    public CellResult {
        anomalies = Collections.unmodifiableMap(new TreeMap<>(anomalies));
    }

    /** A cell the runner just ran. */
    public static CellResult of(Matrix.Cell cell, RunResult run, double wallSeconds) {
        RunStats stats = run.stats();
        Summary summary = run.summary();
        return new CellResult(cell, Optional.of(summary.strongest()), summary.statement(),
                countByKind(summary.anomalies().stream().map(Finding::kind).toList()), stats.calls(), stats.ok(),
                stats.answered(), Latencies.of(run.history()), run.clock(), stats.nodeMessages(), run.files().map(RunFiles::dir),
                run.reproduceCommand(), wallSeconds);
    }

    /** A cell read back from a stored run's {@code results.json} and {@code history.jsonl}. */
    public static CellResult stored(Matrix.Cell cell, StoredRun run, History history) {
        RunStats stats = RunStats.of(history);
        return new CellResult(cell, Optional.of(run.strongest()), run.statement(), countByKind(run.anomalyKinds()),
                stats.calls(), stats.ok(), stats.answered(), Latencies.of(history), run.clock(), run.nodeMessages(),
                Optional.of(run.dir()), run.reproduce(), -1);
    }

    /** A cell with no run, and why: {@code not in the store}, or what its runtime cannot do. */
    public static CellResult missing(Matrix.Cell cell, String why) {
        return new CellResult(cell, Optional.empty(), why, Map.of(), 0, 0, 0, Latencies.NONE,
                Runtimes.clockOf(cell.runtime()), -1,
                Optional.empty(), Reproduce.command(cell.spec()), -1);
    }

    /** Whether a stronger level than {@link #strongest} could not be decided within the check's budget. */
    public boolean strongerUndecided() {
        return statement.contains(" unknown") || statement.contains(" not checked");
    }

    /** Whether this cell was run by this comparison, rather than read from the store or missing. */
    public boolean ranNow() {
        return wallSeconds >= 0;
    }

        /** ok calls over calls, in percent; 100 for a run without calls. */
    public double okPercent() {
        return calls == 0 ? 100 : 100.0 * ok / calls;
    }

    /** Decided calls over calls, in percent; 100 for a run without calls. */
    public double answeredPercent() {
        return calls == 0 ? 100 : 100.0 * answered / calls;
    }

    /** Node-to-node messages per call; empty when not counted or without calls. */
    public OptionalDouble messagesPerCall() {
        return nodeMessages < 0 || calls == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) nodeMessages / calls);
    }

    /** All anomalies found, every kind together. */
    public long anomalyTotal() {
        return anomalies.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<String, Long> countByKind(List<String> kinds) {
        Map<String, Long> counts = new TreeMap<>();
        kinds.forEach(kind -> counts.merge(kind, 1L, Long::sum));
        return counts;
    }
}
