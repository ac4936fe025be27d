package io.faultline.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Which processes each harness started, on disk, so that a harness killed with {@code kill -9} (no shutdown hook
 * runs) leaves nothing running for long: the next process-runtime cluster to start ends what it left.
 *
 * <p>One file per cluster, {@code <dir>/<harness pid>-<uuid>.pids}: a header naming the harness, then one line
 * per started process. A file is an orphan's when its harness is gone; its processes are then killed, but only
 * those whose pid, start time and program still match the line, so that a pid the OS has since reused for
 * something else is never touched. A live harness's file (another run going on meanwhile) is left alone.
 *
 * <p>The one reaper of the runtimes that start OS processes ({@code process}, {@code maelstrom}). A runtime whose
 * cluster stops its own processes from a shutdown hook needs only the file; one that relies on the registry for
 * Ctrl-C as well asks it to {@link #killOnExit}.
 */
public final class ProcessRegistry implements AutoCloseable {

    /** One started process: enough to recognise it again, and nothing that a reused pid would also match. */
    public record Entry(long pid, long startMillis, String command) {

        static Entry of(ProcessHandle process) {
            ProcessHandle.Info info = process.info();
            return new Entry(process.pid(), info.startInstant().map(i -> i.toEpochMilli()).orElse(-1L),
                    info.command().orElse("?"));
        }

        /** The live process this line describes, if it still runs. */
        public Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> Entry.of(p).equals(this));
        }

        String line() {
            return pid + " " + startMillis + " " + command;
        }

        /** The entry on {@code line}; empty for a line torn by a killed writer. */
        static Optional<Entry> parse(String line) {
            String[] parts = line.split(" ", 3);
            try {
                return Optional.of(new Entry(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2]));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException torn) {
                return Optional.empty();
            }
        }
    }

    private static final String SUFFIX = ".pids";

    private final Path file;
    private final List<ProcessHandle> started = new ArrayList<>();
    private Thread exitHook;

    private ProcessRegistry(Path file) {
        this.file = file;
    }

    /** Where registries live unless told: {@code faultline.process.registry}, its env twin, or the user cache. */
    public static Path defaultDir() {
        String configured = System.getProperty("faultline.process.registry",
                System.getenv("FAULTLINE_PROCESS_REGISTRY"));
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "faultline", "processes");
    }

    /** Reaps what dead harnesses left in {@code dir}, then opens this harness's own file there. */
    public static ProcessRegistry open(Path dir) {
        reapOrphans(dir);
        Path file = dir.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID() + SUFFIX);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, "harness " + Entry.of(ProcessHandle.current()).line() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the process registry " + file + ": " + e.getMessage(), e);
        }
        return new ProcessRegistry(file);
    }

    /** Records a process this harness started, before anything else can go wrong with it. */
    public synchronized void add(ProcessHandle process) {
        started.add(process);
        try {
            Files.writeString(file, Entry.of(process).line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the process registry " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every process recorded in {@code dir}'s files, live harnesses' included (for tests and diagnostics). */
    public static List<Entry> recorded(Path dir) {
        List<Entry> entries = new ArrayList<>();
        forEachFile(dir, file -> entries.addAll(children(file)));
        return entries;
    }

    /**
     * Kills every recorded process of every harness that no longer runs, and removes their files.
     *
     * @return the processes killed
     */
    public static List<Entry> reapOrphans(Path dir) {
        List<Entry> reaped = new ArrayList<>();
        forEachFile(dir, file -> {
            if (harness(file).flatMap(Entry::live).isPresent()) {
                return; // its harness still runs: not ours to touch
            }
            for (Entry child : children(file)) {
                child.live().ifPresent(process -> {
                    kill(process);
                    process.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(timedOut -> null).join();
                    reaped.add(child);
                });
            }
            deleteQuietly(file);
        });
        return reaped;
    }

    /**
     * From now on, should this JVM exit (Ctrl-C, {@code System.exit}, a failed test) before {@link #close}, every
     * process recorded here that still runs is killed from a shutdown hook, with whatever it started.
     */
    public synchronized ProcessRegistry killOnExit() {
        if (exitHook == null) {
            exitHook = new Thread(this::killStarted, "faultline-process-reaper");
            java.lang.Runtime.getRuntime().addShutdownHook(exitHook);
        }
        return this;
    }

    /** SIGKILL, at once, to {@code process} and whatever it started (a shell script's children). */
    public static void kill(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The harness stopped cleanly and its processes with it: the file goes, and the exit hook if any. */
    @Override
    public synchronized void close() {
        if (exitHook != null) {
            removeHook(exitHook);
            exitHook = null;
        }
        deleteQuietly(file);
    }

    private synchronized void killStarted() {
        started.stream().filter(ProcessHandle::isAlive).forEach(ProcessRegistry::kill);
    }

    private static void removeHook(Thread hook) {
        try {
            java.lang.Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // closed from a shutdown hook: the JVM runs them all anyway
        }
    }

    private static Optional<Entry> harness(Path file) {
        return lines(file).stream().filter(line -> line.startsWith("harness ")).findFirst()
                .flatMap(line -> Entry.parse(line.substring("harness ".length())));
    }

    private static List<Entry> children(Path file) {
        return lines(file).stream().filter(line -> !line.startsWith("harness ") && !line.isBlank())
                .flatMap(line -> Entry.parse(line).stream()).toList();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException gone) {
            return List.of(); // another harness reaped it meanwhile
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface FileAction {
        void accept(Path file);
    }

    private static void forEachFile(Path dir, FileAction action) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            files.forEach(action::accept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the process registry " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next reaper
        }
    }
}
