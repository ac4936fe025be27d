package io.faultline.workloads;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a run tells a workload: the number of client workers, the client timeout, and the workload's own
 * options as text ({@code --workload-option zipf-exponent=1.2}).
 *
 * @param concurrency client workers
 * @param timeout     how long a client waits for a reply before recording {@code info}
 * @param settings    workload-specific options by name
 */
public record WorkloadOptions(int concurrency, Duration timeout, Map<String, String> settings) {

    public WorkloadOptions {
        if (concurrency <= 0) {
            throw new IllegalArgumentException("concurrency must be positive, not " + concurrency);
        }
        settings = Map.copyOf(settings);
    }

    /** Five workers, a one-second timeout, no options. */
    public static WorkloadOptions defaults() {
        return new WorkloadOptions(5, Duration.ofSeconds(1), Map.of());
    }

    public WorkloadOptions with(String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(settings);
        copy.put(name, value);
        return new WorkloadOptions(concurrency, timeout, copy);
    }

    public WorkloadOptions withConcurrency(int workers) {
        return new WorkloadOptions(workers, timeout, settings);
    }

    public long integer(String name, long defaultValue) {
        String text = settings.get(name);
        try {
            return text == null ? defaultValue : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw bad(name, text, "a whole number");
        }
    }

    public double decimal(String name, double defaultValue) {
        String text = settings.get(name);
        try {
            return text == null ? defaultValue : Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw bad(name, text, "a number");
        }
    }

    /** Throws if a setting is not one of {@code known}, naming the ones that are. */
    public void requireKnown(String workload, List<WorkloadOption> known) {
        Set<String> names = known.stream().map(WorkloadOption::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>(settings.keySet());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("workload " + workload + " has no option " + String.join(", ", unknown)
                    + "; it has " + (names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names))));
        }
    }

    private static IllegalArgumentException bad(String name, String text, String what) {
        return new IllegalArgumentException("option " + name + " must be " + what + ", not \"" + text + "\"");
    }
}
