package io.faultline.report.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorePathsTest {
    @TempDir
    Path root;

    @Test
    void filesInsideTheStoreResolveAndLinksInsideItAreFollowed() throws IOException {
        Path store = Files.createDirectories(root.resolve("store"));
        Path run = Files.createDirectories(store.resolve("raft/20260101T000000.000"));
        Files.writeString(run.resolve("report.html"), "r");
        Files.createSymbolicLink(store.resolve("latest"), store.relativize(run));
        StorePaths paths = new StorePaths(store);

        assertThat(paths.resolve("/raft/20260101T000000.000/report.html")).contains(run.resolve("report.html")
                .toRealPath());
        assertThat(paths.resolve("/latest/report.html")).contains(run.resolve("report.html").toRealPath());
        assertThat(paths.resolve("/raft//20260101T000000.000/")).contains(run.toRealPath());
    }

    @Test
    void nothingOutsideTheStoreIsReachable() throws IOException {
        Path store = Files.createDirectories(root.resolve("store"));
        Files.writeString(root.resolve("secret.txt"), "s");
        Files.writeString(store.resolve(".hidden"), "h");
        Files.createSymbolicLink(store.resolve("escape"), root);
        StorePaths paths = new StorePaths(store);

        for (String request : new String[] {"/../secret.txt", "/a/../../secret.txt", "/..", "/.hidden",
            "/escape/secret.txt", "/escape", "relative", "/x\\..\\secret.txt", "/nul\0byte", "/missing.html"}) {
            assertThat(paths.resolve(request)).as(request).isEmpty();
        }
    }
}
