package io.faultline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored run written by hand, in the store's file formats: five calls on one register, a partition, and a
 * stale read that the (recorded) linearizability result names as its counterexample. Small enough to read, and
 * with every kind of call a report draws: ok, fail, info, and one that never completed.
 */
public final class RunFixture {
    private RunFixture() {
    }

    /** Writes the run into {@code dir} (created); {@code value} is what the stale read returned (user data). */
    public static Path write(Path dir, String test, String value) throws IOException {
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("history.jsonl"), String.join("\n", List.of(
                op(0, 0, "invoke", "0", "write", "0", null),
                op(1, 1_000_000, "ok", "0", "write", "0", null),
                op(2, 2_000_000, "invoke", "0", "write", "1", null),
                op(3, 3_000_000, "ok", "0", "write", "1", null),
                op(4, 3_500_000, "info", "\"nemesis\"", "start-partition", "\"isolate n1\"", null),
                op(5, 3_500_000, "info", "\"nemesis\"", "start-partition", "\"isolate n1\"", null),
                op(6, 4_000_000, "invoke", "1", "read", null, null),
                op(7, 5_000_000, "ok", "1", "read", quoted(value), null),
                op(8, 6_000_000, "invoke", "2", "write", "2", null),
                op(9, 7_000_000, "info", "2", "write", "2", "timeout"),
                op(10, 7_500_000, "invoke", "4", "cas", "[0,3]", null),
                op(11, 7_600_000, "fail", "4", "cas", "[0,3]", "precondition-failed"),
                op(12, 8_000_000, "info", "\"nemesis\"", "stop-partition", "\"network healed\"", null),
                op(13, 8_000_000, "info", "\"nemesis\"", "stop-partition", "\"network healed\"", null),
                op(14, 9_000_000, "invoke", "3", "read", null, null))) + "\n");
        Files.writeString(dir.resolve("test.json"), """
                {"name": "%s", "system": "raft", "bugs": ["stale-follower-reads"], "nodes": 3, "runtime": "sim",
                 "workload": "register", "nemeses": ["partition"], "time-limit": "10ms", "seed": 42,
                 "commit": "abc123def456", "reproduce": "./faultline run --system raft --seed 42"}
                """.formatted(test));
        Files.writeString(dir.resolve("results.json"), """
                {"test": "%s", "seed": 42, "verdict": "invalid", "consistency": "eventual",
                 "stats": {"calls": 6}, "ok-percent": 50.0,
                 "checkers": [
                  {"checker": "linearizable", "verdict": "INVALID", "summary": "not linearizable: read stale",
                   "anomalies": [{"kind": "not-linearizable", "description": "read stale", "ops": [0, 2, 6, 7]}],
                   "details": {"counterexample": {"key": "(register)", "calls": [
                      {"id": 0, "invokeIndex": 0}, {"id": 1, "invokeIndex": 2}, {"id": 2, "invokeIndex": 6}],
                     "longestPrefix": [0, 1], "stateAfterPrefix": "1", "unplaceable": 2,
                     "unplaceableText": "read() → stale", "shrunk": true}}},
                  {"checker": "eventual", "verdict": "VALID", "summary": "converged", "anomalies": [],
                   "details": null}]}
                """.formatted(test));
        Files.writeString(dir.resolve("logs/sim.log"), "a log line\n");
        return dir;
    }

    /** A history of {@code calls} quick ok calls from {@code processes} processes, for the size limits. */
    public static Path writeLarge(Path dir, int calls, int processes) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        long index = 0;
        for (int i = 0; i < calls; i++) {
            long t = i * 1_000_000L;
            String process = Integer.toString(i % processes);
            lines.add(op(index++, t, "invoke", process, "write", Integer.toString(i), null));
            lines.add(op(index++, t + 500_000, "ok", process, "write", Integer.toString(i), null));
        }
        Files.writeString(dir.resolve("history.jsonl"), String.join("\n", lines) + "\n");
        Files.writeString(dir.resolve("test.json"), "{\"name\": \"large\", \"seed\": 1, \"runtime\": \"sim\"}");
        Files.writeString(dir.resolve("results.json"), "{\"verdict\": \"valid\", \"checkers\": []}");
        return dir;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String op(long index, long time, String type, String process, String f, String value,
                             String error) {
        return "{\"index\":" + index + ",\"time\":" + time + ",\"type\":\"" + type + "\",\"process\":" + process
                + ",\"f\":\"" + f + "\"" + (value == null ? "" : ",\"value\":" + value)
                + (error == null ? "" : ",\"error\":\"" + error + "\"") + "}";
    }
}
