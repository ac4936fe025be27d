package io.faultline.runner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command that replays a run (TigerBeetle's "reproduce with seed=…"): every choice that shapes the history,
 * the seed included, as {@code ./faultline run} options. The main ones are always written, so the command keeps
 * meaning the same run when defaults change; the rest only when they differ from {@link TestSpec#defaults()}.
 */
public final class Reproduce {

    private Reproduce() {
    }

    /** {@code ./faultline run --system raft --workload register --nemesis partition,kill … --seed 7}. */
    public static String command(TestSpec spec) {
        List<String> words = new ArrayList<>(List.of("./faultline", "run"));
        option(words, "--system", spec.system());
        spec.bugs().forEach(bug -> option(words, "--bug", bug));
        spec.systemOptions().forEach((name, value) -> option(words, "--option", name + "=" + value));
        option(words, "--workload", spec.workload());
        spec.workloadOptions().forEach((name, value) -> option(words, "--workload-option", name + "=" + value));
        option(words, "--nemesis", spec.nemeses().isEmpty() ? "none" : String.join(",", spec.nemeses()));
        option(words, "--time-limit", duration(spec.timeLimit()));
        option(words, "--nodes", Long.toString(spec.nodeCount()));
        option(words, "--rate", number(spec.ratePerSecond()));
        option(words, "--concurrency", Long.toString(spec.concurrency()));
        options(words, spec, TestSpec.defaults());
        program(words, spec.bin());
        option(words, "--seed", Long.toString(spec.seed()));
        if (spec.bin().size() > 1) {
            words.add("--");
            spec.bin().subList(1, spec.bin().size()).forEach(arg -> words.add(quoted(arg)));
        }
        return String.join(" ", words);
    }

    /**
     * A duration as the CLI reads it, exactly, in the largest unit up to seconds: {@code 60s}, {@code 1500ms}.
     * Never minutes, so that a {@code --time-limit 60s} typed by a user comes back as typed.
     */
    public static String duration(Duration duration) {
        long nanos = duration.toNanos();
        for (Map.Entry<String, Long> unit : List.of(Map.entry("s", 1_000_000_000L), Map.entry("ms", 1_000_000L),
                Map.entry("us", 1_000L))) {
            if (nanos != 0 && nanos % unit.getValue() == 0) {
                return nanos / unit.getValue() + unit.getKey();
            }
        }
        return nanos + "ns";
    }

    private static void options(List<String> words, TestSpec spec, TestSpec defaults) {
        if (!spec.runtime().equals(defaults.runtime())) {
            option(words, "--runtime", spec.runtime());
        }
        if (!spec.nemesisInterval().equals(defaults.nemesisInterval())) {
            option(words, "--nemesis-interval", duration(spec.nemesisInterval()));
        }
        if (!spec.clientTimeout().equals(defaults.clientTimeout())) {
            option(words, "--client-timeout", duration(spec.clientTimeout()));
        }
        if (!spec.checkers().isEmpty()) {
            option(words, "--checks", String.join(",", spec.checkers()));
        }
        if (!spec.recoveryTime().equals(defaults.recoveryTime())) {
            option(words, "--recovery-time", duration(spec.recoveryTime()));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** {@code --bin PATH}; the program's arguments go after {@code --}, at the very end. */
    private static void program(List<String> words, List<String> bin) {
        if (!bin.isEmpty()) {
            option(words, "--bin", bin.get(0));
        }
    }

    /** Adds {@code name value}, quoting the value for a POSIX shell when it needs it. */
    private static void option(List<String> words, String name, String value) {
        words.add(name);
        words.add(quoted(value));
    }

    private static String quoted(String value) {
        return value.matches("[A-Za-z0-9_./=,:+-]+") ? value : "'" + value.replace("'", "'\\''") + "'";
    }
}
