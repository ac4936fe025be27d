package io.faultline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiskStorageTest {

    @TempDir
    Path dir;

    @Test
    void onlySyncedWritesSurviveACrash() throws IOException {
        DiskStorage before = DiskStorage.open(dir);
        before.putString("a", "1");
        before.putString("b", "2");
        before.sync();
        long syncedBytes = Files.size(dir.resolve(DiskStorage.LOG_FILE));
        before.putString("a", "changed");
        before.delete("b");
        before.putString("c", "3");
        assertThat(before.getString("a")).contains("changed"); // reads see unsynced writes
        assertThat(Files.size(dir.resolve(DiskStorage.LOG_FILE))).isEqualTo(syncedBytes);
        // the unsynced writes never reached the file; close() (like kill -9) does not write them either
        before.close();
        DiskStorage after = DiskStorage.open(dir);
        assertThat(after.getString("a")).contains("1");
        assertThat(after.getString("b")).contains("2");
        assertThat(after.get("c")).isEmpty();
        after.close();
    }

    @Test
    void aSecondServerCannotOpenTheSameDirectory() throws IOException {
        try (DiskStorage first = DiskStorage.open(dir)) {
            assertThatThrownBy(() -> DiskStorage.open(dir)).isInstanceOf(IOException.class).hasMessageContaining("in use");
            first.putString("a", "1");
            first.sync();
        }
        try (DiskStorage again = DiskStorage.open(dir)) {
            assertThat(again.getString("a")).contains("1");
        }
    }

    @Test
    void syncedDeletesAndOverwritesSurviveAndKeysIterateInOrder() throws IOException {
        try (DiskStorage storage = DiskStorage.open(dir)) {
            storage.putString("log/00000002", "b");
            storage.putString("log/00000001", "a");
            storage.putString("term", "1");
            storage.putString("vote", "n2");
            storage.sync();
            storage.delete("vote");
            storage.putString("term", "2");
            storage.sync();
        }
        try (DiskStorage storage = DiskStorage.open(dir)) {
            assertThat(storage.keys("log/")).containsExactly("log/00000001", "log/00000002");
            assertThat(storage.keys("")).containsExactly("log/00000001", "log/00000002", "term");
            assertThat(storage.getString("term")).contains("2");
            assertThat(storage.get("vote")).isEmpty();
        }
    }

    @Test
    void aTornTailIsTruncatedAndLaterWritesStillRecover() throws IOException {
        try (DiskStorage storage = DiskStorage.open(dir)) {
            storage.putString("a", "1");
            storage.sync();
        }
        Files.write(dir.resolve(DiskStorage.LOG_FILE), new byte[] {0, 0, 0, 40, 1, 2, 3},
                StandardOpenOption.APPEND);
        try (DiskStorage storage = DiskStorage.open(dir)) {
            assertThat(storage.getString("a")).contains("1");
            storage.putString("b", "2");
            storage.sync();
        }
        try (DiskStorage storage = DiskStorage.open(dir)) {
            assertThat(storage.getString("a")).contains("1");
            assertThat(storage.getString("b")).contains("2");
        }
    }

    @Test
    void aLogMostlyOfOverwritesIsCompacted() throws IOException {
        byte[] value = new byte[64 * 1024];
        try (DiskStorage storage = DiskStorage.open(dir)) {
            storage.putString("keep", "yes");
            for (int i = 0; i < 100; i++) {
                value[0] = (byte) i;
                storage.put("big", value);
                storage.sync();
            }
        }
        assertThat(Files.size(dir.resolve(DiskStorage.LOG_FILE))).isLessThan(4L << 20);
        try (DiskStorage storage = DiskStorage.open(dir)) {
            assertThat(storage.get("big")).hasValueSatisfying(bytes -> assertThat(bytes[0]).isEqualTo((byte) 99));
            assertThat(storage.getString("keep")).contains("yes");
        }
    }
}
