package io.faultline.histories.codec;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reading and writing histories in every {@link Format}: the one door the CLI, the runner and tests use.
 *
 * <p>{@code open} streams ops ({@link OpReader}: constant memory, ops not yet validated); {@code read} builds a
 * validated {@link History} through {@link HistoryBuilder}, whose errors name the file as given and the line:
 * {@code run/history.jsonl:1234: missing field "type"}. Content errors are
 * {@link io.faultline.histories.HistoryException}s, I/O failures {@link UncheckedIOException}s. Files are UTF-8.
 */
public final class Histories {
    private Histories() {
    }

    /** Streams the ops of a file in the given format. The caller closes the reader. */
    public static OpReader open(Path path, Format format) {
        try {
            Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
            return open(in, path.toString(), format);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Streams ops from any character source; {@code sourceName} prefixes messages. Closing the reader closes it. */
    public static OpReader open(Reader in, String sourceName, Format format) {
        return switch (format) {
            case JSONL -> new JsonlReader(in, sourceName);
            case EDN, PORCUPINE_KV -> new EdnOpReader(in, sourceName);
            case PORCUPINE_ETCD -> new PorcupineEtcdReader(in, sourceName);
        };
    }

    /** Reads and validates a whole history, telling its format by {@link Format#detect(Path)}. */
    public static History read(Path path) {
        return read(path, Format.detect(path));
    }

    /** Reads and validates a whole history. Warnings (such as a dropped truncated last line) are discarded. */
    public static History read(Path path, Format format) {
        return read(path, format, warning -> { });
    }

    /** Reads and validates a whole history, handing each warning of the reader to {@code warnings}. */
    public static History read(Path path, Format format, Consumer<String> warnings) {
        try (OpReader reader = open(path, format)) {
            History history = build(reader, path.toString());
            reader.warnings().forEach(warnings);
            return history;
        }
    }

    /** Validates the ops of {@code reader} into a History named {@code source}, with line numbers in errors. */
    public static History build(OpReader reader, String source) {
        HistoryBuilder builder = new HistoryBuilder(source);
        while (reader.hasNext()) {
            Op op = reader.next();
            builder.add(op, reader.line());
        }
        return builder.build();
    }

    /** A writer to {@code path} (created or truncated). Porcupine's etcd logs are read-only. */
    public static OpWriter writer(Path path, Format format) {
        requireWritable(format);
        if (format == Format.JSONL) {
            return JsonlWriter.open(path, false);
        }
        try {
            return new EdnWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A writer to any character sink; closing it closes {@code out}. {@link Format#PORCUPINE_KV} writes EDN,
     * which is what that format is.
     *
     * @throws IllegalArgumentException for {@link Format#PORCUPINE_ETCD}, which Faultline only reads
     */
    public static OpWriter writer(Writer out, Format format) {
        requireWritable(format);
        return format == Format.JSONL ? new JsonlWriter(out, false) : new EdnWriter(out);
    }

    private static void requireWritable(Format format) {
        if (format == Format.PORCUPINE_ETCD) {
            throw new IllegalArgumentException("porcupine-etcd is a read-only format; write jsonl or edn instead");
        }
    }

    /** Writes every op to {@code path} (created or truncated). */
    public static void write(Iterable<Op> ops, Path path, Format format) {
        try (OpWriter out = writer(path, format)) {
            ops.forEach(out::write);
        }
    }
}
