package io.faultline.histories;

import java.util.Locale;

/**
 * The four kinds of history line, with Jepsen's meanings.
 *
 * <ul>
 *   <li>{@code invoke}: a process started an operation;</li>
 *   <li>{@code ok}: it definitely happened, with the completion's value;</li>
 *   <li>{@code fail}: it definitely did not happen;</li>
 *   <li>{@code info}: it may have happened, at any time after its invoke, or never.
 *       The process is retired: its worker continues under a new process id.</li>
 * </ul>
 */
public enum OpType {
    INVOKE, OK, FAIL, INFO;

    /** The lower-case name used in every codec. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name, or returns {@code null} when the name is not one of the four. */
    public static OpType parse(String name) {
        return switch (name) {
            case "invoke" -> INVOKE;
            case "ok" -> OK;
            case "fail" -> FAIL;
            case "info" -> INFO;
            default -> null;
        };
    }

    public boolean isCompletion() {
        return this != INVOKE;
    }
}
