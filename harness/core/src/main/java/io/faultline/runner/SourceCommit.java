package io.faultline.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The git commit of the working directory, for {@code test.json} and the run report: with the seed, it is what
 * replaying a run needs. {@code -dirty} marks uncommitted changes to tracked files; {@code unknown} outside a git
 * checkout or without git. Looked up once per JVM, since a run never changes the sources.
 */
final class SourceCommit {
    private static volatile String cached;

    private SourceCommit() {
    }

    static String current() {
        String commit = cached;
        if (commit == null) {
            String head = git("rev-parse", "--short=12", "HEAD");
            commit = head.isEmpty() ? "unknown"
                    : head + (git("status", "--porcelain", "--untracked-files=no").isEmpty() ? "" : "-dirty");
            cached = commit;
        }
        return commit;
    }

    /** The command's trimmed output, or empty when git is missing, fails or takes more than five seconds. */
    private static String git(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            boolean done = process.waitFor(5, TimeUnit.SECONDS);
            return done && process.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
