package io.faultline.compare;

import io.faultline.runner.TestSpec;
import io.faultline.runtime.Clock;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-made cells for the page and CSV tests: no run needed to test how a result is shown. */
final class Cells {

    static final Matrix MATRIX = new Matrix(List.of("sim"), List.of("raft", "quorum"), List.of("none", "partition"),
            TestSpec.defaults().withSeed(3).withStoreDir(Path.of("store")));

    private Cells() {
    }

    static CellResult linearizable(int index, Path runDir) {
        return new CellResult(MATRIX.cells().get(index), Optional.of("linearizable"), "linearizable", Map.of(), 200,
                150, 190, new Latencies(4_000_000, 8_000_000, 9_500_000, 12_000_000), Clock.VIRTUAL, 2_800,
                Optional.of(runDir), "./faultline run --system raft --seed 3", 0.4);
    }

    static CellResult weak(int index, Path runDir) {
        return new CellResult(MATRIX.cells().get(index), Optional.of("session"),
                "at least session; sequential unknown", Map.of("stale-read", 6L, "not-linearizable", 1L,
                "monotonic-reads", 2L), 300, 210, 290, new Latencies(3_000_000, 7_000_000, 102_000_000, 150_000_000),
                Clock.VIRTUAL, -1, Optional.of(runDir), "./faultline run --system quorum --nemesis partition --seed 3", 5.1);
    }

    static List<CellResult> four(Path store) {
        return List.of(linearizable(0, store.resolve("raft-register-none/1")),
                linearizable(1, store.resolve("raft-register-partition/1")),
                weak(2, store.resolve("quorum-register-none/1")), CellResult.missing(MATRIX.cells().get(3), "not in the store"));
    }
}
