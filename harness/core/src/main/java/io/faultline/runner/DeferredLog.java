package io.faultline.runner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The runtime's trace, kept in memory until the store is opened and written through after. The cluster must start
 * (and may log) before the store is opened, because only a started cluster can say whether it supports the
 * requested faults, and a spec it cannot run should leave nothing behind.
 */
final class DeferredLog implements Consumer<String>, AutoCloseable {

    private final List<String> early = new ArrayList<>();
    private BufferedWriter out;
    private boolean discard;

    @Override
    public void accept(String line) {
        if (discard) {
            return;
        }
        if (out == null) {
            early.add(line);
            return;
        }
        write(line);
    }

    /** From now on lines go to {@code file}, after those logged so far. */
    void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        early.forEach(this::write);
        early.clear();
    }

    /** From now on lines are dropped: the run keeps no files. */
    void discard() {
        discard = true;
        early.clear();
    }

    private void write(String line) {
        try {
            out.write(line);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
