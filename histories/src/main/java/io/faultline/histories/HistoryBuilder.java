package io.faultline.histories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link History} one line at a time, validating as it goes so that every problem names its line.
 *
 * <p>Rules (Jepsen's): a process has at most one outstanding operation; a completion needs an outstanding
 * invocation with the same {@code f}. A process whose operation ended in {@code info} is retired: its worker
 * continues under a new process id. Real Jepsen histories of some eras reuse the retired id instead; such an
 * invoke is read as a fresh logical process ({@link ProcessIds}), and the history says so once in its
 * {@link History#notes()}. Nemesis lines are kept but never paired into {@link Call}s.
 */
public final class HistoryBuilder {
    private final String source;
    private final List<Op> ops = new ArrayList<>();
    private final Map<Long, Integer> outstanding = new HashMap<>();
    private final ProcessIds ids = new ProcessIds();

    public HistoryBuilder(String source) {
        this.source = source;
    }

    /** Adds the next op (its index is reassigned to its position) read from {@code line} of the source. */
    public HistoryBuilder add(Op op, long line) {
        Op indexed = op.withIndexAndTime(ops.size(), op.time() >= 0 ? op.time() : ops.size());
        if (!op.isNemesis()) {
            indexed = validate(indexed, line);
        }
        ops.add(indexed);
        return this;
    }

    /** Adds an op without a source line (a generated history): errors name the op's index instead. */
    public HistoryBuilder add(Op op) {
        return add(op, ops.size() + 1L);
    }

    public History build() {
        return new History(source, List.copyOf(ops), ids.notes());
    }

    /** Checks {@code op} against the open calls and returns it under its logical process id. */
    private Op validate(Op op, long line) {
        long p = op.process();
        if (op.type() == OpType.INVOKE) {
            Integer open = outstanding.putIfAbsent(p, ops.size());
            if (open != null) {
                throw HistoryException.at(source, line, "process " + p + " invoked " + Excerpt.of(op.f())
                        + " while its " + Excerpt.of(ops.get(open).f()) + " from op " + open
                        + " is still outstanding");
            }
            return withProcess(op, ids.invoke(p, line));
        }
        Integer open = outstanding.remove(p);
        if (open == null) {
            throw HistoryException.at(source, line, "a " + op.type().wireName() + " completion for process " + p
                    + " with no outstanding invoke");
        }
        if (!ops.get(open).f().equals(op.f())) {
            throw HistoryException.at(source, line, "completion f \"" + Excerpt.of(op.f())
                    + "\" does not match the invoke's \"" + Excerpt.of(ops.get(open).f()) + "\" (op " + open + ")");
        }
        long logical = ids.current(p);
        if (op.type() == OpType.INFO) {
            ids.retire(p, line);
        }
        return withProcess(op, logical);
    }

    private static Op withProcess(Op op, long process) {
        return process == op.process() ? op : new Op(op.index(), op.time(), op.type(), process, op.f(), op.key(),
                op.value(), op.node(), op.error());
    }
}
