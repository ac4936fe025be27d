package io.faultline.maelstrom;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every node process this JVM has started and not yet killed, and a shutdown hook that kills them all, so that a
 * harness stopped by Ctrl-C, {@code System.exit} or a failed test leaves no node behind. (A harness killed with
 * {@code kill -9} runs no hook; its nodes then die of a closed stdin, as Maelstrom nodes do when stdin ends.)
 */
final class Reaper {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        java.lang.Runtime.getRuntime().addShutdownHook(new Thread(Reaper::killAll, "maelstrom-reaper"));
    }

    private Reaper() {
    }

    static void track(Process process) {
        LIVE.add(process);
    }

    /** Kills {@code process} and whatever it started (a shell script's children), at once, with SIGKILL. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        LIVE.remove(process);
    }

    private static void killAll() {
        LIVE.forEach(Reaper::kill);
    }
}
