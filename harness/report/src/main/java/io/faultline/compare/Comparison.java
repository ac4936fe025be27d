package io.faultline.compare;

import io.faultline.histories.codec.Histories;
import io.faultline.runner.Runner;
import io.faultline.runner.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Fills a {@link Matrix}: runs every cell (on a small pool; each cell is one single-threaded run from its own
 * seed, so the pool's scheduling changes nothing in any history), or reads each cell's newest run back from the
 * store. Results come back in the matrix's cell order whatever order the cells finish in.
 */
public final class Comparison {

    private Comparison() {
    }

    /**
     * Runs every cell, {@code threads} at a time, calling {@code onDone} (from the pool's threads, one at a time)
     * as each finishes. A cell whose runtime cannot inflict its faults (a runtime that cannot pause, under
     * {@code pause}) is shown as not run, with the reason, instead of ending the comparison.
     *
     * @throws SpecException if a cell names something unknown; checked for every cell before the first runs
     */
    public static List<CellResult> run(Matrix matrix, int threads, Consumer<CellResult> onDone)
            throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("a comparison needs at least one thread, not " + threads);
        }
        matrix.cells().forEach(cell -> Runner.resolve(cell.spec()));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<CellResult>> running = new ArrayList<>();
            for (Matrix.Cell cell : matrix.cells()) {
                running.add(pool.submit(() -> runCell(cell, onDone)));
            }
            List<CellResult> results = new ArrayList<>();
            for (Future<CellResult> cell : running) {
                results.add(join(cell));
            }
            return results;
        }
    }

    /** Each cell's newest finished run in the store (with {@code seed} when given), or a missing cell. */
    public static List<CellResult> fromStore(Matrix matrix, Long seed) {
        List<CellResult> results = new ArrayList<>();
        for (Matrix.Cell cell : matrix.cells()) {
            Optional<StoredRun> run = StoredRun.newest(cell.spec(), seed);
            results.add(run.map(r -> CellResult.stored(cell, r, Histories.read(r.history())))
                    .orElseGet(() -> CellResult.missing(cell, "not in the store")));
        }
        return results;
    }

    private static CellResult runCell(Matrix.Cell cell, Consumer<CellResult> onDone) {
        long start = System.nanoTime();
        CellResult result;
        try {
            result = CellResult.of(cell, Runner.run(cell.spec()), (System.nanoTime() - start) / 1e9);
        } catch (SpecException cannot) {
            result = CellResult.missing(cell, cannot.getMessage());
        }
        synchronized (Comparison.class) {
            onDone.accept(result);
        }
        return result;
    }

    private static CellResult join(Future<CellResult> cell) throws InterruptedException {
        try {
            return cell.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
