package io.faultline.histories.codec;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The op writers' calls on their sinks, failing unchecked as {@link OpWriter} promises. */
final class UncheckedIo {
    /** One call on a sink. */
    interface IoCall<T> {
        T call() throws IOException;
    }

    /** One call on a sink that returns nothing. */
    interface IoAction {
        void run() throws IOException;
    }

    private UncheckedIo() {
    }

    static <T> T call(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(IoAction action) {
        call(() -> {
            action.run();
            return null;
        });
    }
}
