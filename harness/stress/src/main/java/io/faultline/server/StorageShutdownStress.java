package io.faultline.server;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.faultline.node.Context;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.client.Write;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.LLL_Result;

/**
 * The node server's storage log while the server is stopped.
 *
 * <p>{@link DiskStorage} is single-threaded by design: the thread that opens it (the server's main thread)
 * hands it to the {@link NodeHost} loop before the loop starts, and from then on only the loop's handlers touch
 * it, through {@code Context.storage()}. Two other threads reach it: a connection's reader thread queues each
 * message on the loop ({@link NodeHost#execute}), and the stopping thread (the shutdown hook on SIGTERM, or the
 * thread that reacts to a node failure) runs {@link NodeServer#close}: {@code host.close()}, then
 * {@code storage.close()}. This test stresses exactly that: a client's write queued while the server stops, with
 * the handler doing what a node does before it acknowledges a write, {@code put} then {@code sync}.
 *
 * <p>The arbiter opens the directory again, as the next life of the node would, and reads the key back.
 *
 * <p>Why the rest is forbidden: a write whose {@code sync()} returned and is not read back is a lost
 * acknowledged write, the bug class this harness exists to find in the systems it tests, so our own storage must
 * never show it; a value read back other than the one written is a torn or phantom record; a log that does not
 * open again loses every record; and a node reported as having thrown when it was only stopped makes the node
 * server exit 70 ("the node threw") and log a stack trace blaming the node for the harness's own stop.
 */
@JCStressTest
@Description("A client's put+sync queued on the node loop while the node server stops")
@Outcome(id = "synced, read back, clean", expect = ACCEPTABLE,
        desc = "The write ran before the stop: synced, and the next life reads it back.")
@Outcome(id = "not run, absent, clean", expect = ACCEPTABLE,
        desc = "The stop came first: the queued write was dropped (a message lost with the process), nothing on"
                + " disk, nothing acknowledged.")
@Outcome(expect = FORBIDDEN,
        desc = "A synced write not read back, a value other than the one written, a log that does not reopen, or"
                + " a clean stop reported as the node throwing.")
@State
public class StorageShutdownStress {

    /** Several disk blocks, so that a write cut short would leave a torn record for recovery to find. */
    private static final byte[] VALUE = value(16 * 1024);
    private static final Log QUIET = new Log(new PrintStream(OutputStream.nullOutputStream()));

    private final WritingNode node = new WritingNode();
    // set by the opening actor before it publishes the host; read by the stopping actor after it sees it
    private Path dir;
    private DiskStorage storage;
    private volatile NodeHost host;

    /** The server's main thread starting the node, then a reader thread queuing a client's write. */
    @Actor
    public void serve() {
        try {
            dir = Files.createTempDirectory("faultline-stress-storage-");
            storage = DiskStorage.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeHost started = new NodeHost("n1", List.of(), node, storage, 1, envelope -> { }, QUIET);
        started.start();
        host = started;
        started.execute(() -> started.deliver(new Envelope("c1", "n1", 1, Envelope.NO_ID, new Write("k", 1))));
    }

    /** The shutdown hook: what {@link NodeServer#close} does with the host and the storage, in its order. */
    @Actor
    public void stop() {
        NodeHost started;
        while ((started = host) == null) {
            Thread.onSpinWait();
        }
        started.close();
        try {
            storage.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Arbiter
    public void arbiter(LLL_Result r) {
        r.r1 = node.synced ? "synced" : node.started ? "sync threw" : "not run";
        r.r2 = readBack();
        r.r3 = host.failure().isDone() ? "node threw " + name(host.failure().join()) : "clean";
        delete(dir);
    }

    private String readBack() {
        try (DiskStorage next = DiskStorage.open(dir)) {
            Optional<byte[]> value = next.get("k");
            return value.isEmpty() ? "absent" : Arrays.equals(value.get(), VALUE) ? "read back" : "another value";
        } catch (IOException | RuntimeException e) {
            return "does not reopen: " + e;
        }
    }

    /** A node that acknowledges nothing it has not synced, as a correct node does, then arms a timer. */
    private static final class WritingNode implements Node {
        private volatile boolean started;
        private volatile boolean synced;

        @Override
        public void onStart(Context ctx) {
        }

        @Override
        public void onMessage(Context ctx, String from, Message message) {
            started = true;
            ctx.storage().put("k", VALUE);
            ctx.storage().sync();
            synced = true;
            ctx.setTimer(TimeUnit.SECONDS.toNanos(1), "heartbeat"); // as a node arms a timer after acknowledging
        }

        @Override
        public void onTimer(Context ctx, Object tag) {
        }
    }

    /** The exception's class and its cause's, without messages that name this state's directory. */
    private static String name(Throwable e) {
        return e.getClass().getSimpleName() + (e.getCause() == null ? "" : " by " + name(e.getCause()));
    }

    private static byte[] value(int bytes) {
        byte[] value = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            value[i] = (byte) (i * 31 + 7);
        }
        return value;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
