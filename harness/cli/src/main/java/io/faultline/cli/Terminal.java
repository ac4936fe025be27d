package io.faultline.cli;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether progress may be drawn: only for a person at a terminal. Not under CI ({@code CI} set, as every CI
 * service does), not when output is piped or redirected ({@code System.console()} is {@code null} then, and on
 * JDK 22+, where a console always exists, {@code Console.isTerminal()} says false).
 */
final class Terminal {
    private Terminal() {
    }

    static boolean interactive() {
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            return false;
        }
        Console console = System.console();
        return console != null && isTerminal(console);
    }

    /** {@code Console.isTerminal()} where the JDK has it (22+); a console on JDK 21 is always a terminal. */
    private static boolean isTerminal(Console console) {
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
