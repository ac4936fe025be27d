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

    /** A frame over the limit that was skipped; {@code bytes} is its length. */
    record Oversized(long bytes) implements Frame {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    FrameReader(InputStream in, int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next frame, or {@code null} at the end of the stream (an unterminated last frame is dropped). */
    Frame next() throws IOException {
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long length = 0;
            boolean oversized = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return null;
                    }
                }
                int start = position;
                int newline = -1;
                for (int i = position; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        newline = i;
                        break;
                    }
                }
                int end = newline < 0 ? limit : newline;
                length += end - start;
                if (!oversized && length > maxBytes + 1L) { // +1: room for a trailing \r
                    oversized = true;
                    line = null;
                }
                if (!oversized) {
                    line.write(buffer, start, end - start);
                }
                position = newline < 0 ? limit : newline + 1;
                if (newline >= 0) {
                    break;
                }
            }
            if (oversized) {
                return new Oversized(length);
            }
            byte[] bytes = line.toByteArray();
            int size = bytes.length;
            if (size > 0 && bytes[size - 1] == '\r') {
                size--;
            }
            if (size > maxBytes) {
                return new Oversized(size);
            }
            if (size > 0) {
                return new Line(new String(bytes, 0, size, StandardCharsets.UTF_8));
            }
        }
    }
}
