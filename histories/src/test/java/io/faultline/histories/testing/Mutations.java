package io.faultline.histories.testing;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Breaks linearizable histories in known ways: a read that saw something it could not have seen. */
public final class Mutations {
    private Mutations() {
    }

    /** The history with the completion of {@code read} returning {@code output} instead. */
    public static History withOutput(History h, Call read, Object output) {
        List<Op> ops = new ArrayList<>(h.ops());
        Op done = ops.get((int) read.completeIndex());
        ops.set((int) read.completeIndex(), new Op(-1, -1, done.type(), done.process(), done.f(), done.key(),
                output, done.node(), done.error()));
        return History.of("mutated", ops);
    }

    /** A random ok read. */
    public static Optional<Call> anyRead(History h, Random r) {
        List<Call> reads = h.calls().stream().filter(c -> c.isOk() && c.f().equals("read")).toList();
        return reads.isEmpty() ? Optional.empty() : Optional.of(reads.get(r.nextInt(reads.size())));
    }

    /**
     * A read and a value it cannot return: written by an ok write that was followed, in real time, by another
     * ok write of the same key which completed before the read began.
     */
    public static Optional<Stale> staleRead(History h, Random r) {
        List<Call> writes = h.calls().stream().filter(c -> c.isOk() && c.f().equals("write")).toList();
        List<Stale> found = new ArrayList<>();
        for (Call read : h.calls()) {
            if (!read.isOk() || !read.f().equals("read")) {
                continue;
            }
            for (Call later : writes) {
                if (!sameKey(later, read) || !later.precedes(read)) {
                    continue;
                }
                for (Call earlier : writes) {
                    if (sameKey(earlier, read) && earlier.precedes(later)) {
                        found.add(new Stale(read, earlier.input()));
                    }
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(r.nextInt(found.size())));
    }

    /** A read that must not return {@code value}. */
    public record Stale(Call read, Object value) {
    }

    private static boolean sameKey(Call a, Call b) {
        return java.util.Objects.equals(a.key(), b.key());
    }
}
