package io.faultline.bench;

import io.faultline.histories.History;
import io.faultline.histories.codec.Histories;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference histories the benchmarks check: Porcupine's etcd logs and kv logs, read from the histories
 * module's test resources. The folder is {@code -Dfaultline.fixtures=…}, else found by walking up from the
 * working directory to the repository root (so it works from the root and from {@code harness/bench}).
 */
public final class Fixtures {
    private static final String RELATIVE = "histories/src/test/resources/fixtures";

    /** One fixture file, its history, and the model its source project checked it with. */
    public record Fixture(String name, History history, Model<?> model) {
    }

    private Fixtures() {
    }

    public static Path root() {
        String configured = System.getProperty("faultline.fixtures");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(RELATIVE))) {
                return dir.resolve(RELATIVE);
            }
        }
        throw new IllegalStateException("cannot find " + RELATIVE + " above " + Path.of("").toAbsolutePath()
                + "; run from the repository or pass -Dfaultline.fixtures=<folder>");
    }

    /** Porcupine's etcd logs (a cas-register from nil), sorted by name. */
    public static List<Fixture> etcd() {
        return load("porcupine/jepsen", new CasRegisterModel());
    }

    /** Porcupine's kv logs (the kv model, "" for an absent key), sorted by name. */
    public static List<Fixture> kv() {
        return load("porcupine/kv", KvModel.porcupine());
    }

    /** One fixture by its path under the fixtures folder, e.g. {@code porcupine/kv/c50-ok.txt}. */
    public static Fixture one(String relative) {
        Model<?> model = relative.contains("/kv/") ? KvModel.porcupine() : new CasRegisterModel();
        return new Fixture(relative, Histories.read(root().resolve(relative)), model);
    }

    private static List<Fixture> load(String folder, Model<?> model) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.sorted().map(p -> new Fixture(folder + "/" + p.getFileName(), Histories.read(p), model))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
