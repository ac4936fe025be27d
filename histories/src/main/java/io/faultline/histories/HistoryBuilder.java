package io.faultline.histories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link History} one line at a time, validating as it goes so that every problem names its line.
 *
 * <p>Rules (Jepsen's): a process has at most one outstanding operation; a completion needs an outstanding
 * invocation with the same {@code f}; a process whose operation ended in {@code info} is retired and may not
 * invoke again. Nemesis lines are kept but never paired into {@link Call}s.
 */
public final class HistoryBuilder {
    private final String source;
    private final List<Op> ops = new ArrayList<>();
    private final Map<Long, Integer> outstanding = new HashMap<>();
    private final Map<Long, Long> retiredAtLine = new HashMap<>();

    public HistoryBuilder(String source) {
        this.source = source;
    }

    /** Adds the next op (its index is reassigned to its position) read from {@code line} of the source. */
    public HistoryBuilder add(Op op, long line) {
        Op indexed = op.withIndexAndTime(ops.size(), op.time() >= 0 ? op.time() : ops.size());
        if (!op.isNemesis()) {
            validate(indexed, line);
        }
        ops.add(indexed);
        return this;
    }

    /** Adds an op without a source line (a generated history): errors name the op's index instead. */
    public HistoryBuilder add(Op op) {
        return add(op, ops.size() + 1L);
    }

    public History build() {
        return new History(source, List.copyOf(ops));
    }

    private void validate(Op op, long line) {
        long p = op.process();
        if (op.type() == OpType.INVOKE) {
            requireNotRetired(p, line);
            Integer open = outstanding.putIfAbsent(p, ops.size());
            if (open != null) {
                throw HistoryException.at(source, line, "process " + p + " invoked " + op.f()
                        + " while its " + ops.get(open).f() + " from op " + open + " is still outstanding");
            }
            return;
        }
        Integer open = outstanding.remove(p);
        if (open == null) {
            throw HistoryException.at(source, line, "a " + op.type().wireName() + " completion for process " + p
                    + " with no outstanding invoke");
        }
        if (!ops.get(open).f().equals(op.f())) {
            throw HistoryException.at(source, line, "completion f \"" + op.f() + "\" does not match the invoke's \""
                    + ops.get(open).f() + "\" (op " + open + ")");
        }
        if (op.type() == OpType.INFO) {
            retiredAtLine.put(p, line);
        }
    }

    private void requireNotRetired(long p, long line) {
        Long retired = retiredAtLine.get(p);
        if (retired != null) {
            throw HistoryException.at(source, line, "process " + p + " invoked again after its info at line "
                    + retired + "; after an info a worker must continue under a new process id");
        }
    }
}
