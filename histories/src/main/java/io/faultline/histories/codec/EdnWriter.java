package io.faultline.histories.codec;

import io.faultline.histories.Op;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes ops as Jepsen EDN, one map per line, in Jepsen's {@code history.edn} style so that Knossos and Elle
 * read it: {@code {:index 0, :time 12, :type :invoke, :process 0, :f :write, :key "k", :value 3}}.
 *
 * <p>{@code :type} and {@code :f} are keywords ({@code :f} falls back to a string when the name cannot be a
 * keyword), {@code :process} is a number or {@code :nemesis}, key and value are EDN data (lists as vectors),
 * node and error are strings; {@code null} fields, and an index or time below 0, are left out. Our
 * {@link EdnOpReader} reads it back to equal ops.
 */
final class EdnWriter implements OpWriter {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(128);

    /** Closing this writer closes {@code out}. */
    EdnWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Op op) {
        line.setLength(0);
        appendOp(op);
        try {
            out.append(line).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EDN map of one op, without a newline. */
    static String print(Op op) {
        EdnWriter w = new EdnWriter(Writer.nullWriter());
        w.appendOp(op);
        return w.line.toString();
    }

    private void appendOp(Op op) {
        line.append('{');
        if (op.index() >= 0) {
            line.append(":index ").append(op.index()).append(", ");
        }
        if (op.time() >= 0) {
            line.append(":time ").append(op.time()).append(", ");
        }
        line.append(":type :").append(op.type().wireName());
        line.append(", :process ").append(op.isNemesis() ? ":nemesis" : Long.toString(op.process()));
        line.append(", :f ");
        if (EdnText.isKeywordName(op.f())) {
            line.append(':').append(op.f());
        } else {
            EdnText.appendString(line, op.f());
        }
        appendIfPresent(":key", op.key());
        appendIfPresent(":value", op.value());
        appendIfPresent(":node", op.node());
        appendIfPresent(":error", op.error());
        line.append('}');
    }

    private void appendIfPresent(String key, Object value) {
        if (value != null) {
            EdnText.append(line.append(", ").append(key).append(' '), value);
        }
    }

    @Override
    public void flush() {
        UncheckedIo.run(out::flush);
    }

    @Override
    public void close() {
        UncheckedIo.run(out::close);
    }
}
