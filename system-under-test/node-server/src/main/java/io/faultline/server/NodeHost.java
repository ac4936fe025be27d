package io.faultline.server;

import io.faultline.node.Context;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.ReplyTo;
import io.faultline.node.Storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * The event loop that runs one sans-I/O {@link Node}: a single thread with a queue that network reader threads
 * and the timer scheduler feed. Every call into the node, and every use of its {@link Context}, happens on that
 * thread. Messages the node sends are handed to the {@code router} (on the loop thread) after the handler
 * returns, in the order they were sent. Clock: {@link System#nanoTime()}; randomness: a {@link SplittableRandom}
 * from the given seed.
 *
 * <p>A handler that throws is a bug in the node: it is logged with its stack trace and the host stops
 * ({@link #failure()} completes with the exception), which the process turns into a non-zero exit.
 */
final class NodeHost implements AutoCloseable {

    private final String self;
    private final List<String> peers;
    private final Node node;
    private final Storage storage;
    private final Consumer<Envelope> router;
    private final Log log;
    private final RandomGenerator random;
    private final ScheduledThreadPoolExecutor loop;
    private final Map<Long, ScheduledFuture<?>> timers = new HashMap<>(); // loop thread only
    private final CompletableFuture<Throwable> failure = new CompletableFuture<>();
    private final LoopContext context = new LoopContext();
    private long nextMsgId;
    private long nextTimerId;
    private volatile boolean stopped;

    NodeHost(String self, List<String> peers, Node node, Storage storage, long seed, Consumer<Envelope> router,
             Log log) {
        this.self = self;
        this.peers = List.copyOf(peers);
        this.node = node;
        this.storage = storage;
        this.router = router;
        this.log = log;
        this.random = new SplittableRandom(seed);
        this.loop = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "node-loop-" + self);
            thread.setDaemon(true);
            return thread;
        });
        loop.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        loop.setRemoveOnCancelPolicy(true);
    }

    /** Runs {@link Node#onStart} on the loop and waits for it. */
    void start() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        execute(() -> {
            handle(null, ctx -> node.onStart(ctx));
            started.complete(null);
        });
        started.join();
    }

    /** Queues {@code task} on the loop; dropped once the host stopped. */
    void execute(Runnable task) {
        if (stopped) {
            return;
        }
        try {
            loop.execute(task);
        } catch (RejectedExecutionException e) {
            // stopping: the message is lost, as it would be with the process gone
        }
    }

    /** Hands {@code envelope} to the node. Loop thread only. */
    void deliver(Envelope envelope) {
        handle(envelope, ctx -> node.onMessage(ctx, envelope.src(), envelope.body()));
    }

    /** Completes with the exception a handler threw; never completes normally. */
    CompletableFuture<Throwable> failure() {
        return failure;
    }

    private void handle(Envelope current, Consumer<Context> call) {
        if (stopped) {
            return;
        }
        context.current = current;
        try {
            call.accept(context);
            List<Envelope> out = new ArrayList<>(context.outbox);
            context.outbox.clear();
            for (Envelope envelope : out) {
                router.accept(envelope);
            }
        } catch (Throwable e) {
            log.error("node " + self + " threw while handling " + (current == null ? "a start or timer" : current)
                    + "; stopping", e);
            stopped = true;
            loop.shutdownNow();
            failure.complete(e);
        } finally {
            context.current = null;
            context.outbox.clear();
        }
    }

    /**
     * Stops the loop: pending messages and timers are dropped, and a handler already running finishes first, so
     * that the caller may close the storage next. Does not close the storage.
     */
    @Override
    public void close() {
        // Not shutdownNow: its interrupt reached a handler inside storage.sync(), where FileChannel turns it into
        // ClosedByInterruptException, and a clean stop was reported as the node throwing (exit 70, a stack trace
        // blaming the node). Queued tasks still run, as no-ops: handle() sees stopped.
        stopped = true;
        loop.shutdown();
        try {
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class LoopContext implements Context {
        private Envelope current;
        private final List<Envelope> outbox = new ArrayList<>();

        @Override
        public String self() {
            return self;
        }

        @Override
        public List<String> peers() {
            return peers;
        }

        @Override
        public long now() {
            return System.nanoTime();
        }

        @Override
        public RandomGenerator random() {
            return random;
        }

        @Override
        public long send(String to, Message body) {
            long msgId = nextMsgId++;
            outbox.add(new Envelope(self, to, msgId, Envelope.NO_ID, body));
            return msgId;
        }

        @Override
        public ReplyTo replyTo() {
            if (current == null) {
                throw new IllegalStateException("replyTo() outside onMessage");
            }
            return new ReplyTo(current.src(), current.msgId());
        }

        @Override
        public void reply(ReplyTo request, Message body) {
            outbox.add(new Envelope(self, request.to(), nextMsgId++, request.msgId(), body));
        }

        @Override
        public long inReplyTo() {
            return current == null ? Envelope.NO_ID : current.inReplyTo();
        }

        @Override
        public long setTimer(long afterNanos, Object tag) {
            long id = nextTimerId++;
            try {
                timers.put(id, loop.schedule(() -> fire(id, tag), Math.max(0, afterNanos), TimeUnit.NANOSECONDS));
            } catch (RejectedExecutionException stopping) {
                // the host is stopping under this handler: the timer would never fire, as in a stopped process,
                // and the node must not be reported as having thrown for the harness's own stop
            }
            return id;
        }

        private void fire(long id, Object tag) {
            if (timers.remove(id) != null) {
                handle(null, ctx -> node.onTimer(ctx, tag));
            }
        }

        @Override
        public void cancelTimer(long timerId) {
            ScheduledFuture<?> future = timers.remove(timerId);
            if (future != null) {
                future.cancel(false);
            }
        }

        @Override
        public Storage storage() {
            return storage;
        }

        @Override
        public void log(String line) {
            log.info(self + ": " + line);
        }
    }
}
