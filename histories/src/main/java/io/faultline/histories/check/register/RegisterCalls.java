package io.faultline.histories.check.register;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Values;
import java.util.List;
import java.util.Set;

/**
 * The register vocabulary of the weaker checkers: which calls read, which write, and what each writes or
 * observes. Reads are {@code read}/{@code get}, writes {@code write}/{@code put}, {@code cas([expected, new])}
 * (which, when ok, observed {@code expected} and wrote {@code new}) and {@code delete} (which leaves the key absent:
 * nil, as {@link io.faultline.histories.model.KvModel} has it, whatever value keys start at). Values are compared in {@link Values#canonical} form, so a 3 read back as an Integer is the 3
 * written as a Long.
 */
public final class RegisterCalls {
    private static final Set<String> READS = Set.of("read", "get");
    private static final Set<String> PLAIN_WRITES = Set.of("write", "put");

    private RegisterCalls() {
    }

    /** Whether the call is one of the register functions above (a cas only with an {@code [expected, new]}). */
    static boolean isRegisterCall(Call c) {
        return isRead(c) || PLAIN_WRITES.contains(c.f()) || isCas(c) || isDelete(c);
    }

    static boolean isRead(Call c) {
        return READS.contains(c.f());
    }

    public static boolean isWrite(Call c) {
        return PLAIN_WRITES.contains(c.f()) || isCas(c) || isDelete(c);
    }

    public static boolean isCas(Call c) {
        return "cas".equals(c.f()) && c.input() instanceof List<?> pair && pair.size() == 2;
    }

    static boolean isDelete(Call c) {
        return "delete".equals(c.f());
    }

    /** The key a call is grouped under: its key, or {@link History#NO_KEY} for a single register. */
    public static Object key(Call c) {
        return c.key() == null ? History.NO_KEY : c.key();
    }

    /** The value a write stores: a write's argument, a cas's new value, nil for a delete. */
    static Object writtenValue(Call c) {
        if (isCas(c)) {
            return Values.canonical(((List<?>) c.input()).get(1));
        }
        return isDelete(c) ? null : Values.canonical(c.input());
    }

    /** Whether the call is an ok read, or an ok cas (which observed its expected value before writing). */
    static boolean observes(Call c) {
        return c.isOk() && (isRead(c) || isCas(c));
    }

    /** The value an observing call saw (see {@link #observes}), canonical. */
    public static Object observedValue(Call c) {
        return isCas(c) ? Values.canonical(((List<?>) c.input()).get(0)) : Values.canonical(c.output());
    }
}
