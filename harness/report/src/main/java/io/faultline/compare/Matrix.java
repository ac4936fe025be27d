package io.faultline.compare;

import io.faultline.runner.TestSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What {@code faultline compare} runs: every runtime × system × nemesis, each cell the same {@link TestSpec}
 * (workload, time limit, rate, seed, …) with its own runtime, system and faults. Systems may carry bug switches
 * ({@code raft+stale-follower-reads}) and nemeses may combine faults ({@code partition+kill}).
 *
 * @param runtimes runtime names, in column-group order
 * @param systems  systems, each {@code name} or {@code name+bug+bug}, in row order
 * @param nemeses  fault kinds, each {@code none}, {@code name} or {@code name+name}, in column order
 * @param base     everything else every cell shares
 */
public record Matrix(List<String> runtimes, List<String> systems, List<String> nemeses, TestSpec base) {

    public Matrix {
        runtimes = nonEmpty(runtimes, "runtime");
        systems = nonEmpty(systems, "system");
        nemeses = nonEmpty(nemeses, "nemesis");
    }

    /** The cells in table order: by runtime, then system, then nemesis. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (String runtime : runtimes) {
            for (String system : systems) {
                for (String nemesis : nemeses) {
                    cells.add(new Cell(runtime, system, nemesis, specOf(runtime, system, nemesis)));
                }
            }
        }
        return cells;
    }

    private TestSpec specOf(String runtime, String system, String nemesis) {
        List<String> systemParts = Arrays.asList(system.split("\\+"));
        return base.withRuntime(runtime).withSystem(systemParts.get(0))
                .withBugs(new TreeSet<>(systemParts.subList(1, systemParts.size())))
                .withNemeses(List.of(nemesis.split("\\+")));
    }

    private static List<String> nonEmpty(List<String> names, String what) {
        List<String> trimmed = names.stream().map(String::trim).filter(n -> !n.isEmpty()).distinct().toList();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one " + what);
        }
        return trimmed;
    }

    /**
     * One cell of the matrix.
     *
     * @param runtime the runtime's name
     * @param system  the system as typed, bugs included
     * @param nemesis the faults as typed
     * @param spec    the test the cell runs
     */
    public record Cell(String runtime, String system, String nemesis, TestSpec spec) {
    }
}
