package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.register.RegisterCalls;
import io.faultline.histories.check.register.ValueSource;
import io.faultline.histories.check.register.WriteIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The calls of a register history that take part in causality, and an order of them that respects it: session
 * order (each process's calls in the order it issued them) and reads-from (a write before every observation of
 * its value). Taking part: writes that may have happened (ok or unknown) and observations that tell something
 * (ok reads and ok cas, {@link WriteIndex#observes}). A cas with an unknown outcome whose value someone read did
 * happen, so it observed its expected value too, as an ok cas does. Line order is not always such an order: a read may return
 * a value whose write began after the read ended, which sessions allow but line order puts backwards.
 */
final class CausalOrder {
    private final WriteIndex index;
    private final List<Call> included = new ArrayList<>();
    private final Map<Integer, Call> sessionPredecessor = new HashMap<>();
    private final Map<Integer, Call> source = new HashMap<>();
    private final Map<Integer, Integer> position = new HashMap<>();
    private final Map<Object, Map<Long, List<Call>>> writesBySession = new HashMap<>();
    private final Set<Integer> happenedUnknownCas = new HashSet<>();
    private List<Call> sorted;

    private CausalOrder(WriteIndex index) {
        this.index = index;
    }

    static CausalOrder of(History history, WriteIndex index) {
        CausalOrder order = new CausalOrder(index);
        ArrayDeque<Call> seen = new ArrayDeque<>(history.calls().stream().filter(index::observes).toList());
        while (!seen.isEmpty()) { // a cas that happened observed too, so what it read from happened as well
            Call source = order.readFrom(seen.poll());
            if (source != null && source.isUnknown() && RegisterCalls.isCas(source)
                    && order.happenedUnknownCas.add(source.id())) {
                seen.add(source);
            }
        }
        Map<Long, Call> lastOfSession = new HashMap<>();
        for (Call c : history.calls()) {
            if (order.takesPart(c)) {
                order.include(c, lastOfSession.put(c.process(), c));
            }
        }
        return order;
    }

    private boolean takesPart(Call c) {
        return index.isRegisterKey(RegisterCalls.key(c)) && (isWrite(c) || observes(c));
    }

    /** Whether {@code c} observed a value: an informative ok observation, or a cas someone saw the effect of. */
    boolean observes(Call c) {
        return index.observes(c) || happenedUnknownCas.contains(c.id());
    }

    /** The one write an observation's value came from, or null. */
    private Call readFrom(Call c) {
        if (!index.isRegisterKey(RegisterCalls.key(c)) || !observes(c)) {
            return null;
        }
        ValueSource s = index.source(RegisterCalls.key(c), RegisterCalls.observedValue(c));
        return s instanceof ValueSource.Written w ? w.write() : null;
    }

    private void include(Call c, Call previous) {
        included.add(c);
        if (previous != null) {
            sessionPredecessor.put(c.id(), previous);
        }
        Object key = RegisterCalls.key(c);
        if (observes(c) && index.source(key, RegisterCalls.observedValue(c)) instanceof ValueSource.Written w) {
            source.put(c.id(), w.write());
        }
        if (isWrite(c)) {
            List<Call> own = writesBySession.computeIfAbsent(key, k -> new HashMap<>())
                    .computeIfAbsent(c.process(), p -> new ArrayList<>());
            position.put(c.id(), own.size());
            own.add(c);
        }
    }

    /** Whether {@code c} is a write that may have happened (ok or unknown). */
    boolean isWrite(Call c) {
        return RegisterCalls.isWrite(c) && !c.isFail();
    }

    /** A write's position among its session's writes of its key, from 0. */
    int position(Call write) {
        return position.get(write.id());
    }

    /** Session {@code s}'s write of {@code key} at {@code position}. */
    Call writeAt(Object key, long session, int at) {
        return writesBySession.get(key).get(session).get(at);
    }

    int size() {
        return included.size();
    }

    /**
     * The calls in an order that respects causality (Kahn's algorithm, started in history order). When causality
     * has a cycle the calls on it and after it are missing: the result is shorter than {@link #size()}.
     */
    List<Call> topological() {
        if (sorted != null) {
            return sorted;
        }
        Map<Integer, List<Call>> successors = new HashMap<>();
        Map<Integer, Integer> waiting = new HashMap<>();
        for (Call c : included) {
            for (Call before : before(c)) {
                successors.computeIfAbsent(before.id(), id -> new ArrayList<>()).add(c);
                waiting.merge(c.id(), 1, Integer::sum);
            }
        }
        ArrayDeque<Call> ready = new ArrayDeque<>();
        included.stream().filter(c -> !waiting.containsKey(c.id())).forEach(ready::add);
        sorted = new ArrayList<>(included.size());
        while (!ready.isEmpty()) {
            Call c = ready.poll();
            sorted.add(c);
            for (Call next : successors.getOrDefault(c.id(), List.of())) {
                if (waiting.merge(next.id(), -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return sorted;
    }

    /** A causal cycle, in causal order, when {@link #topological()} could not order every call. */
    List<Call> cycle() {
        Set<Integer> ordered = new HashSet<>();
        topological().forEach(c -> ordered.add(c.id()));
        Call at = included.stream().filter(c -> !ordered.contains(c.id())).findFirst().orElseThrow();
        List<Call> walk = new ArrayList<>();
        Map<Integer, Integer> seenAt = new HashMap<>();
        while (!seenAt.containsKey(at.id())) {
            seenAt.put(at.id(), walk.size());
            walk.add(at);
            at = before(at).stream().filter(c -> !ordered.contains(c.id())).findFirst().orElseThrow();
        }
        List<Call> loop = new ArrayList<>(walk.subList(seenAt.get(at.id()), walk.size()));
        Collections.reverse(loop);
        return loop;
    }

    /** The calls that causally precede {@code c} directly: its session predecessor and the write it read. */
    private List<Call> before(Call c) {
        List<Call> out = new ArrayList<>(2);
        Call previous = sessionPredecessor.get(c.id());
        if (previous != null) {
            out.add(previous);
        }
        Call read = source.get(c.id());
        if (read != null && read != c) {
            out.add(read);
        }
        return out;
    }
}
