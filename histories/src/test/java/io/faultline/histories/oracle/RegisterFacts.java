package io.faultline.histories.oracle;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The register facts every oracle needs, computed from their definitions and nothing else: which calls read and
 * which write, what they wrote and observed, and which writes could have produced an observed value. Written
 * apart from the checkers' own index on purpose: an oracle that shared the checkers' code would share its bugs.
 */
final class RegisterFacts {
    private static final Set<String> READS = Set.of("read", "get");
    private static final Set<String> WRITES = Set.of("write", "put", "delete");

    final History history;
    final Model<?> model;
    final Object initial;
    final Map<Object, List<Call>> byKey = new LinkedHashMap<>();

    RegisterFacts(History history, Model<?> model) {
        this.history = history;
        this.model = model;
        this.initial = Values.canonical(model.initialValue());
        for (Call c : history.calls()) {
            byKey.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
        }
    }

    static Object key(Call c) {
        return c.key() == null ? History.NO_KEY : c.key();
    }

    static boolean isRead(Call c) {
        return READS.contains(c.f());
    }

    static boolean isCas(Call c) {
        return "cas".equals(c.f()) && c.input() instanceof List<?> l && l.size() == 2;
    }

    static boolean isWrite(Call c) {
        return WRITES.contains(c.f()) || isCas(c);
    }

    /** Whether every call of the key is a register call (the only keys the register checks judge). */
    boolean isRegisterKey(Object key) {
        return byKey.get(key).stream().allMatch(c -> isRead(c) || isWrite(c));
    }

    /** A write that may have happened: ok or unknown. */
    static boolean mayHaveHappened(Call w) {
        return !w.isFail();
    }

    Object written(Call w) {
        if (isCas(w)) {
            return Values.canonical(((List<?>) w.input()).get(1));
        }
        return "delete".equals(w.f()) ? null : Values.canonical(w.input()); // the key is absent again
    }

    /** An ok read or ok cas whose value the model does not declare meaningless. */
    boolean isObservation(Call c) {
        return c.isOk() && (isRead(c) || isCas(c)) && !model.isUninformative(c);
    }

    static Object observed(Call c) {
        return isCas(c) ? Values.canonical(((List<?>) c.input()).get(0)) : Values.canonical(c.output());
    }

    /** The writes of the key that may have happened and wrote {@code value}. */
    List<Call> writersOf(Object key, Object value) {
        return byKey.get(key).stream().filter(c -> isWrite(c) && mayHaveHappened(c)
                && Objects.equals(written(c), value)).toList();
    }

    /** The writes of the key that failed and wrote {@code value}. */
    List<Call> failedWritersOf(Object key, Object value) {
        return byKey.get(key).stream().filter(c -> isWrite(c) && c.isFail() && Objects.equals(written(c), value))
                .toList();
    }

    /** Where a value could come from: writes, and {@code null} standing for the initial value. */
    List<Call> sources(Object key, Object value) {
        List<Call> out = new ArrayList<>(writersOf(key, value));
        if (Objects.equals(value, initial)) {
            out.add(null);
        }
        return out;
    }

    /** Whether no write that may have happened, nor the initial value, explains the observation. */
    boolean isImpossible(Call observation) {
        return sources(key(observation), observed(observation)).isEmpty();
    }

    /** Whether more than one source could explain the observation. */
    boolean isAmbiguous(Call observation) {
        return sources(key(observation), observed(observation)).size() > 1;
    }

    /** Register keys only. */
    List<Object> registerKeys() {
        return byKey.keySet().stream().filter(this::isRegisterKey).toList();
    }

    /** Whether some observation of a register key is impossible (a value nothing that happened wrote). */
    boolean anyImpossibleObservation() {
        return registerKeys().stream().flatMap(k -> byKey.get(k).stream())
                .anyMatch(c -> isObservation(c) && isImpossible(c));
    }

    /** Whether some observation, or some unknown cas (which observed if it took effect), has several sources. */
    boolean anyAmbiguousObservationOrCas() {
        return anyAmbiguousObservation() || registerKeys().stream().flatMap(k -> byKey.get(k).stream())
                .anyMatch(c -> isCas(c) && c.isUnknown() && isAmbiguous(c));
    }

    /** Whether some observation of a register key could come from more than one source. */
    boolean anyAmbiguousObservation() {
        return registerKeys().stream().flatMap(k -> byKey.get(k).stream())
                .anyMatch(c -> isObservation(c) && isAmbiguous(c));
    }
}
