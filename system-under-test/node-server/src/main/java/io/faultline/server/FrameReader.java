package io.faultline.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Splits a byte stream into newline-terminated frames of at most {@code maxBytes} bytes (the newline and a
 * trailing {@code \r} not counted). A longer frame is skipped up to its newline without ever being held in
 * memory and reported as {@link Oversized}, so one bad sender cannot exhaust the heap or stall the stream.
 * Not thread-safe: one reader thread per stream.
 */
final class FrameReader {

    /** What {@link #next()} returns. */
    sealed interface Frame permits Line, Oversized {
    }

    /** A frame within the limit, decoded as UTF-8 (never empty: blank lines are skipped). */
    record Line(String text) implements Frame {
    }

    /** A frame over the limit that was skipped; {@code bytes} is its length, counted as the limit counts it. */
    record Oversized(long bytes) implements Frame {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;
    /** The current frame's first bytes: never more than maxBytes + 1 (room for a trailing \r) are kept. */
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long length;
    private byte last;

    FrameReader(InputStream in, int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next frame, or {@code null} at the end of the stream (an unterminated last frame is dropped). */
    Frame next() throws IOException {
        while (readFrame()) {
            // the limit and Oversized's length both leave out a trailing \r, however the frame arrived
            long size = length > 0 && last == '\r' ? length - 1 : length;
            if (size > maxBytes) {
                return new Oversized(size);
            }
            if (size > 0) {
                return new Line(new String(kept.toByteArray(), 0, (int) size, StandardCharsets.UTF_8));
            }
        }
        return null;
    }

    /** Reads up to and past the next newline; false when the stream ends first. */
    private boolean readFrame() throws IOException {
        kept.reset();
        length = 0;
        while (position < limit || refill()) {
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            keep(position, end);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return true;
            }
        }
        return false;
    }

    private void keep(int from, int to) {
        if (to == from) {
            return;
        }
        length += to - from;
        last = buffer[to - 1];
        if (length <= maxBytes + 1L) {
            kept.write(buffer, from, to - from);
        }
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean refill() throws IOException {
        position = 0;
        limit = Math.max(in.read(buffer), 0);
        return limit > 0;
    }
}
