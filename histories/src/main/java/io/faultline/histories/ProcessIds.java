package io.faultline.histories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The logical process of each history line. A process id is its own logical id until its operation ends in
 * {@code info}; if the same id then invokes again (older Jepsen histories do this, and Porcupine and Knossos check
 * them), that invoke starts a fresh logical process, {@code id + k·}{@value #STRIDE} for the smallest k not taken,
 * so that the retired call may still take effect "at any time after its invoke" without being ordered before
 * the new worker's calls as if one session had issued both.
 */
final class ProcessIds {
    /** Far above the ids histories use (Jepsen's are below the concurrency), so a reincarnation reads as one. */
    static final long STRIDE = 1_000_000;

    private final Map<Long, Long> logical = new HashMap<>();
    private final Set<Long> taken = new HashSet<>();
    private final Map<Long, Long> retiredAtLine = new HashMap<>();
    private final List<String> examples = new ArrayList<>();
    private int reincarnations;

    /** The logical id of an invoke by {@code raw} read from {@code line}. */
    long invoke(long raw, long line) {
        Long current = logical.get(raw);
        Long retiredLine = retiredAtLine.remove(raw);
        if (current != null && retiredLine == null) {
            return current;
        }
        long fresh = current == null && taken.add(raw) ? raw : fresh(raw);
        logical.put(raw, fresh);
        if (retiredLine != null) {
            reincarnations++;
            if (examples.isEmpty()) {
                examples.add("process " + raw + " at line " + line + " (its info at line " + retiredLine
                        + ") is read as process " + fresh);
            }
        }
        return fresh;
    }

    /** The logical id of a completion by {@code raw}, which has an outstanding invoke. */
    long current(long raw) {
        return logical.get(raw);
    }

    /** {@code raw}'s operation ended in {@code info} at {@code line}. */
    void retire(long raw, long line) {
        retiredAtLine.put(raw, line);
    }

    private long fresh(long raw) {
        long id = raw;
        while (!taken.add(id)) {
            id += STRIDE;
        }
        return id;
    }

    /** One line about reincarnated processes, or nothing when every process behaved. */
    List<String> notes() {
        if (reincarnations == 0) {
            return List.of();
        }
        return List.of(reincarnations + (reincarnations == 1 ? " invoke" : " invokes") + " by a process after its"
                + " info started a fresh logical process, as Jepsen's checkers read them (first: "
                + examples.get(0) + ")");
    }
}
