package io.faultline.node.client;

import io.faultline.node.MessageRegistry;

/** The lin-kv client vocabulary every key-value system speaks; runtimes register it for every system. */
public final class ClientMessages {

    private ClientMessages() {
    }

    /** Registers {@code read}, {@code read_ok}, {@code write}, {@code write_ok}, {@code cas}, {@code cas_ok}, {@code error}, and {@code leave}/{@code leave_ok}. */
    public static MessageRegistry register(MessageRegistry registry) {
        return registry.register("read", Read.class)
                .register("read_ok", ReadOk.class)
                .register("write", Write.class)
                .register("write_ok", WriteOk.class)
                .register("cas", Cas.class)
                .register("cas_ok", CasOk.class)
                .register("error", ErrorReply.class)
                .register("leave", Leave.class)
                .register("leave_ok", LeaveOk.class);
    }
}
