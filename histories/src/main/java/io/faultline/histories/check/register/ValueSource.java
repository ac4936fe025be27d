package io.faultline.histories.check.register;

import io.faultline.histories.Call;
import java.util.List;

/**
 * Where a value observed on a key came from, under Jepsen's convention that every write of a key writes a value
 * of its own. When a history breaks that convention the answer is {@link Ambiguous}, and checkers say so
 * instead of guessing.
 */
public sealed interface ValueSource {

    /** The key's initial value, which no write (nor delete) of the key wrote again. */
    record Initial() implements ValueSource {
    }

    /** Exactly one write that may have happened (ok or unknown) wrote the value. */
    record Written(Call write) implements ValueSource {
    }

    /** More than one write wrote the value, or a write wrote the initial value again. */
    record Ambiguous(List<Call> writes, boolean initialToo) implements ValueSource {
    }

    /** Only writes that failed (definitely did not happen) wrote the value. */
    record Aborted(Call failedWrite) implements ValueSource {
    }

    /** Nothing in the history wrote the value, and it is not the initial value. */
    record Unwritten() implements ValueSource {
    }
}
