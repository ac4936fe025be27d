package io.faultline.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue of outgoing lines drained by a writer thread, so the event loop never blocks on a socket. When
 * the queue is full the line is dropped, as a congested network drops packets: every send is fire and forget.
 */
final class LineWriter {

    static final int CAPACITY = 10_000;

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(CAPACITY);

    /** Queues {@code line}; false if it was dropped. */
    boolean offer(String line) {
        return queue.offer(line);
    }

    /** Drops every queued line; returns how many. */
    int clear() {
        List<String> dropped = new ArrayList<>();
        queue.drainTo(dropped);
        return dropped.size();
    }

    /**
     * Writes queued lines to {@code out} until interrupted or {@code running} says stop; batches what is queued
     * into one flush.
     *
     * @throws IOException when the stream fails (the line in hand is lost)
     */
    void drainTo(OutputStream out, java.util.function.BooleanSupplier running) throws IOException {
        List<String> batch = new ArrayList<>();
        while (running.getAsBoolean()) {
            String line;
            try {
                line = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (line == null) {
                continue;
            }
            batch.clear();
            batch.add(line);
            queue.drainTo(batch, 255);
            StringBuilder text = new StringBuilder();
            for (String each : batch) {
                text.append(each).append('\n');
            }
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }
}
