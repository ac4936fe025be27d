package io.faultline.histories.check.register;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who wrote what, per register key: the index behind every "which write did this read see?" question.
 *
 * <p>A key is a register key when all its calls are {@link RegisterCalls register calls}; keys with other
 * functions (a set's {@code add}, {@code append}, …) are left to checkers that understand them and listed by
 * {@link #otherKeys()}.
 */
public final class WriteIndex {
    private final Object initial;
    private final Conventions conventions;
    private final Map<Object, KeyWrites> registers = new LinkedHashMap<>();
    private final Set<Object> otherKeys = new LinkedHashSet<>();

    private record KeyWrites(Map<Object, List<Call>> applied, Map<Object, Call> failed, List<Call> writes) {
    }

    private WriteIndex(Conventions conventions) {
        this.initial = conventions.initial();
        this.conventions = conventions;
    }

    /** Indexes the writes of every register key of {@code history}, with the model's initial value and reads. */
    public static WriteIndex of(History history, Conventions conventions) {
        WriteIndex index = new WriteIndex(conventions);
        history.callsByKey().forEach((key, calls) -> {
            if (calls.stream().allMatch(RegisterCalls::isRegisterCall)) {
                index.registers.put(key, index.indexWrites(calls));
            } else {
                index.otherKeys.add(key);
            }
        });
        return index;
    }

    private KeyWrites indexWrites(List<Call> calls) {
        KeyWrites kw = new KeyWrites(new HashMap<>(), new HashMap<>(), new ArrayList<>());
        for (Call c : calls) {
            if (!RegisterCalls.isWrite(c)) {
                continue;
            }
            kw.writes.add(c);
            Object value = RegisterCalls.writtenValue(c);
            if (c.isFail()) {
                kw.failed.putIfAbsent(value, c);
            } else {
                kw.applied.computeIfAbsent(value, v -> new ArrayList<>(1)).add(c);
            }
        }
        return kw;
    }

    Object initial() {
        return initial;
    }

    /** Whether {@code c} is an ok observation ({@link RegisterCalls#observes}) that tells something of the state. */
    public boolean observes(Call c) {
        return RegisterCalls.observes(c) && conventions.informs(c);
    }

    /** Whether {@code c} is an ok read whose value tells something of the state (not a Knossos nil read). */
    public boolean informativeRead(Call c) {
        return c.isOk() && RegisterCalls.isRead(c) && conventions.informs(c);
    }

    public boolean isRegisterKey(Object key) {
        return registers.containsKey(key);
    }

    public Set<Object> registerKeys() {
        return registers.keySet();
    }

    /** Keys whose calls are not all register calls: not judged by register checks. */
    public Set<Object> otherKeys() {
        return otherKeys;
    }

    /** Every write of a register key (failed ones included), in invocation order. */
    public List<Call> writes(Object key) {
        return registers.get(key).writes;
    }

    /** Where {@code value} (canonical), observed on register key {@code key}, came from. */
    public ValueSource source(Object key, Object value) {
        KeyWrites kw = registers.get(key);
        List<Call> writers = kw.applied.getOrDefault(value, List.of());
        boolean isInitial = Objects.equals(value, initial);
        if (writers.size() > 1 || (isInitial && !writers.isEmpty())) {
            return new ValueSource.Ambiguous(writers, isInitial);
        }
        if (writers.size() == 1) {
            return new ValueSource.Written(writers.get(0));
        }
        if (isInitial) {
            return new ValueSource.Initial();
        }
        Call failed = kw.failed.get(value);
        return failed != null ? new ValueSource.Aborted(failed) : new ValueSource.Unwritten();
    }
}
