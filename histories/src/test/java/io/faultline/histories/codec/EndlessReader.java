package io.faultline.histories.codec;

import java.io.Reader;
import java.util.function.LongFunction;

/** A character stream that never ends: a prefix, then line 0, line 1, … A reader that slurps never returns. */
final class EndlessReader extends Reader {
    private final LongFunction<String> line;
    private String current;
    private int position;
    private long next;

    EndlessReader(String prefix, LongFunction<String> line) {
        this.line = line;
        this.current = prefix;
    }

    @Override
    public int read(char[] into, int offset, int length) {
        int written = 0;
        while (written < length) {
            if (position == current.length()) {
                current = line.apply(next++);
                position = 0;
            }
            int n = Math.min(length - written, current.length() - position);
            current.getChars(position, position + n, into, offset + written);
            position += n;
            written += n;
        }
        return written;
    }

    @Override
    public void close() {
    }
}
