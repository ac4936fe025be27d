package io.faultline.histories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated, in-memory history: the ops in order, and the {@link Call}s they pair into.
 *
 * <p>Build one with {@link HistoryBuilder} (or a codec, which uses it), so that every op has been validated.
 * Codecs also stream ops without building a History, for files that do not fit in memory.
 */
public final class History {
    private final String source;
    private final List<Op> ops;
    private final List<String> notes;
    private List<Call> calls;

    History(String source, List<Op> ops, List<String> notes) {
        this.source = source;
        this.ops = ops;
        this.notes = List.copyOf(notes);
    }

    /** Builds a history from ops already in order, validating them. */
    public static History of(String source, List<Op> ops) {
        HistoryBuilder builder = new HistoryBuilder(source);
        ops.forEach(builder::add);
        return builder.build();
    }

    public static History of(List<Op> ops) {
        return of("history", ops);
    }

    /** Where the history came from (a path or a name), for messages. */
    public String source() {
        return source;
    }

    public List<Op> ops() {
        return ops;
    }

    /**
     * What reading the history changed or assumed, one line each, for a person to see once: for example that a
     * process id reused after its {@code info} was read as a fresh logical process. Empty for most histories.
     */
    public List<String> notes() {
        return notes;
    }

    public int size() {
        return ops.size();
    }

    /** Client operations paired invoke-to-completion, in invocation order. Nemesis ops are left out. */
    public synchronized List<Call> calls() {
        if (calls == null) {
            calls = pair(ops);
        }
        return calls;
    }

    /** The nemesis's lines (fault injection and healing, and the {@link Op#FINAL_READS} marker), in order. */
    public List<Op> nemesisOps() {
        return ops.stream().filter(Op::isNemesis).toList();
    }

    /** The nemesis's fault and heal lines only: every nemesis line but the {@link Op#FINAL_READS} marker. */
    public List<Op> faultOps() {
        return ops.stream().filter(op -> op.isNemesis() && !op.f().equals(Op.FINAL_READS)).toList();
    }

    /** Calls grouped by key, in order of first appearance; a single-register history has one group. */
    public Map<Object, List<Call>> callsByKey() {
        Map<Object, List<Call>> byKey = new LinkedHashMap<>();
        for (Call c : calls()) {
            byKey.computeIfAbsent(c.key() == null ? NO_KEY : c.key(), k -> new ArrayList<>()).add(c);
        }
        return byKey;
    }

    /** The group name of calls that carry no key. */
    public static final String NO_KEY = "(register)";

    private static List<Call> pair(List<Op> ops) {
        List<Call> out = new ArrayList<>();
        Map<Long, Op> open = new HashMap<>();
        Map<Long, Integer> slot = new HashMap<>();
        for (Op op : ops) {
            if (op.isNemesis()) {
                continue;
            }
            if (op.type() == OpType.INVOKE) {
                open.put(op.process(), op);
                slot.put(op.process(), out.size());
                out.add(null);
            } else {
                Op invoke = open.remove(op.process());
                out.set(slot.remove(op.process()), complete(out.size(), invoke, op));
            }
        }
        open.forEach((process, invoke) -> out.set(slot.get(process), complete(0, invoke, null)));
        for (int i = 0; i < out.size(); i++) {
            out.set(i, out.get(i).withId(i));
        }
        return List.copyOf(out);
    }

    private static Call complete(int id, Op invoke, Op completion) {
        if (completion == null) {
            return new Call(id, invoke.process(), invoke.f(), invoke.key(), invoke.value(), null, Outcome.UNKNOWN,
                    null, invoke.time(), -1, invoke.index(), -1, invoke.node());
        }
        Outcome outcome = switch (completion.type()) {
            case OK -> Outcome.OK;
            case FAIL -> Outcome.FAIL;
            default -> Outcome.UNKNOWN;
        };
        Object output = outcome == Outcome.UNKNOWN ? null : completion.value();
        String node = completion.node() != null ? completion.node() : invoke.node();
        Object key = invoke.key() != null ? invoke.key() : completion.key();
        return new Call(id, invoke.process(), invoke.f(), key, invoke.value(), output, outcome,
                completion.error(), invoke.time(), completion.time(), invoke.index(), completion.index(), node);
    }
}
