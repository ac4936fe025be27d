package io.faultline.histories.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import io.faultline.histories.Op;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * Writes our JSONL history format: one JSON object per line,
 * {@code {"index":0,"time":1200,"type":"invoke","process":0,"f":"write","key":"k1","value":3}}, with
 * {@code null} fields left out and the nemesis's process written {@code "nemesis"}.
 *
 * <p>Crash safety: each op goes out as one complete line ending in a newline. With {@code flushEachLine} every
 * line is handed to the operating system before {@link #write} returns, so killing the JVM loses at most the
 * line being written, and the JSONL reader drops that one with a warning. (It is not an fsync: a power loss
 * may lose more.)
 */
public final class JsonlWriter implements OpWriter {
    private final JsonGenerator out;
    private final boolean flushEachLine;

    /** Writes UTF-8 to {@code out}; closing this writer closes it. */
    public JsonlWriter(OutputStream out, boolean flushEachLine) {
        this(UncheckedIo.call(() -> JsonValues.JSON.createGenerator(out)), flushEachLine);
    }

    /** Writes to {@code out}; closing this writer closes it. */
    public JsonlWriter(Writer out, boolean flushEachLine) {
        this(UncheckedIo.call(() -> JsonValues.JSON.createGenerator(out)), flushEachLine);
    }

    private JsonlWriter(JsonGenerator out, boolean flushEachLine) {
        // Lines are separated by our own newline, written right after each object, never before the next one.
        out.setRootValueSeparator(null);
        this.out = out;
        this.flushEachLine = flushEachLine;
    }

    /** Opens {@code path} (by default created or truncated; pass APPEND and CREATE to add to a history). */
    public static JsonlWriter open(Path path, boolean flushEachLine, OpenOption... options) {
        try {
            return new JsonlWriter(Files.newOutputStream(path, options), flushEachLine);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(Op op) {
        try {
            writeFields(op);
            out.writeRaw('\n');
            if (flushEachLine) {
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFields(Op op) throws IOException {
        out.writeStartObject();
        if (op.index() >= 0) {
            out.writeNumberField("index", op.index());
        }
        if (op.time() >= 0) {
            out.writeNumberField("time", op.time());
        }
        out.writeStringField("type", op.type().wireName());
        if (op.isNemesis()) {
            out.writeStringField("process", "nemesis");
        } else {
            out.writeNumberField("process", op.process());
        }
        out.writeStringField("f", op.f());
        writeIfPresent("key", op.key());
        writeIfPresent("value", op.value());
        writeIfPresent("node", op.node());
        writeIfPresent("error", op.error());
        out.writeEndObject();
    }

    private void writeIfPresent(String field, Object value) throws IOException {
        if (value != null) {
            out.writeFieldName(field);
            JsonValues.write(out, value);
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
