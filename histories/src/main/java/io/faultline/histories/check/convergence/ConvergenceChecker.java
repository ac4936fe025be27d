package io.faultline.histories.check.convergence;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Checker;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.register.Conventions;
import io.faultline.histories.check.register.ReadValidity;
import io.faultline.histories.check.register.WriteIndex;
import io.faultline.histories.model.Model;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Eventual consistency as a history can show it: convergence and no lost acknowledged writes (the safety half
 * of Viotti &amp; Vukolić's eventual consistency, checked on the reads that ran once writes had stopped).
 *
 * <p>Per key, the <em>final reads</em> are the ok reads invoked after every write of the key returned (ok or
 * fail; an unknown write counts as returned at its {@code info} line and may still land), after the nemesis's
 * last line, and at least the <em>settle</em> time (default zero) after both ({@link FinalReads}). A history with
 * no nemesis line has no final-read phase, and the check says so (UNKNOWN) instead of taking its last reads as
 * final: a harness marks the phase with an {@code Op.FINAL_READS} line even in a run without faults. Workloads
 * end with a final-read phase after healing; a settle time lets reads that merely followed a key's last write
 * during the run show a store that is still converging without counting against it. Registers: the final
 * reads must agree ({@code divergence} otherwise), allowing only unknown writes to land part-way; an ok write w
 * is {@code lost-write} when the converged value is the initial value, the value of a failed write, or that of a
 * write that certainly finished before w began (the classic last-write-wins clock-skew loss). Sets ({@code add},
 * {@code read} of all elements): every ok add must be in every final read. Reads anywhere of values (or
 * elements) nothing wrote are {@code unwritten-value}; those only failed writes wrote, {@code aborted-read}.
 *
 * <p>Sound: each anomaly holds for every order a store could have given the writes. A key with no final reads
 * cannot be judged: UNKNOWN for that key, and for the whole check unless something else is INVALID.
 */
public final class ConvergenceChecker implements Checker {
    public static final String NAME = "eventual";

    private final Conventions conventions;
    private final Duration settle;

    /** For histories of {@code model} (its initial value, its uninformative reads); sets start empty; no settle. */
    public ConvergenceChecker(Model<?> model) {
        this(Conventions.of(model), Duration.ZERO);
    }

    /** Registers start at nil. */
    public ConvergenceChecker() {
        this(Conventions.NIL, Duration.ZERO);
    }

    private ConvergenceChecker(Conventions conventions, Duration settle) {
        this.conventions = conventions;
        this.settle = settle;
    }

    /** This check with final reads starting {@code settle} after each key's writes (and the nemesis) ended. */
    public ConvergenceChecker withSettle(Duration settleTime) {
        return new ConvergenceChecker(conventions, settleTime);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckResult check(History history, Budget budget) {
        WriteIndex index = WriteIndex.of(history, conventions);
        CappedAnomalies anomalies = new CappedAnomalies();
        anomalies.addAll(ReadValidity.anomalies(history, index));
        List<KeyConvergence> keys = new ArrayList<>();
        FinalReads finalReads = new FinalReads(history, settle);
        long deadline = budget.deadlineNanos();
        for (Map.Entry<Object, List<Call>> e : history.callsByKey().entrySet()) {
            if (System.nanoTime() - deadline > 0) {
                break;
            }
            keys.add(checkKey(e.getKey(), e.getValue(), index, finalReads, anomalies));
        }
        boolean finished = keys.size() == history.callsByKey().size();
        return result(keys, anomalies, finished, finalReads.hasPhase());
    }

    private static KeyConvergence checkKey(Object key, List<Call> calls, WriteIndex index, FinalReads finalReads,
                                           CappedAnomalies out) {
        if (index.isRegisterKey(key)) {
            return RegisterConvergence.check(key, calls, index, finalReads, out);
        }
        if (SetConvergence.isSet(calls)) {
            return SetConvergence.check(key, calls, finalReads, out);
        }
        return new KeyConvergence(String.valueOf(key), "other", Verdict.UNKNOWN, 0, "", false, 0,
                "functions other than register (read, write, cas, delete) or set (add, read) ones");
    }

    private static CheckResult result(List<KeyConvergence> keys, CappedAnomalies anomalies, boolean finished,
                                      boolean hasPhase) {
        int withFinals = (int) keys.stream().filter(k -> k.finalReads() > 0).count();
        int unknown = (int) keys.stream().filter(k -> k.verdict() == Verdict.UNKNOWN).count();
        int divergent = (int) keys.stream().filter(KeyConvergence::diverged).count();
        int lost = keys.stream().mapToInt(KeyConvergence::lostWrites).sum();
        ConvergenceDetails details = new ConvergenceDetails(
                keys.subList(0, Math.min(keys.size(), ConvergenceDetails.KEYS_LISTED)), withFinals,
                keys.size() - withFinals, divergent, lost, anomalies.notListed());
        if (!anomalies.isEmpty()) {
            return CheckResult.invalid(NAME, "not eventually consistent: " + anomalies.total() + " anomalies ("
                    + lost + " lost writes, " + divergent + " divergent keys); first: "
                    + anomalies.listed().get(0).description(), anomalies.listed(), details);
        }
        if (!hasPhase && !keys.isEmpty()) {
            return CheckResult.unknown(NAME, "no final reads: the history has no final-read phase (no nemesis line"
                    + " marks where its faults end and its final reads begin), so convergence was not observed", details);
        }
        if (!finished || unknown > 0 || keys.isEmpty()) {
            String why = !finished ? "the time limit stopped the check after " + keys.size() + " keys"
                    : keys.isEmpty() ? "the history has no calls"
                    : unknown + " of " + keys.size() + " keys cannot be judged (no read after their last write,"
                    + " or functions not understood)";
            return CheckResult.unknown(NAME, "unknown: " + why + "; no lost write or divergence in the rest",
                    details);
        }
        return CheckResult.valid(NAME, "converged: " + keys.size() + " keys, "
                + keys.stream().mapToInt(KeyConvergence::finalReads).sum() + " final reads, no lost writes",
                details);
    }
}
