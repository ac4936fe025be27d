package io.faultline.node;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryStorageTest {

    private final MemoryStorage storage = new MemoryStorage();

    @Test
    void readsSeeUnsyncedWrites() {
        storage.putString("term", "3");
        assertThat(storage.getString("term")).contains("3");
    }

    @Test
    void aCrashKeepsSyncedWritesAndLosesTheRest() {
        storage.putString("term", "3");
        storage.putString("vote", "n2");
        storage.sync();
        storage.putString("term", "4");
        storage.delete("vote");
        storage.putString("log/2", "b");
        storage.loseUnsynced();
        assertThat(storage.getString("term")).contains("3");
        assertThat(storage.getString("vote")).contains("n2");
        assertThat(storage.get("log/2")).isEmpty();
    }

    @Test
    void deletesBecomeDurableOnSync() {
        storage.putString("vote", "n2");
        storage.sync();
        storage.delete("vote");
        storage.sync();
        storage.loseUnsynced();
        assertThat(storage.get("vote")).isEmpty();
        assertThat(storage.syncCount()).isEqualTo(2);
    }

    @Test
    void keysAreSortedAndMergeSyncedWithUnsynced() {
        storage.putString("log/02", "b");
        storage.putString("log/01", "a");
        storage.putString("term", "1");
        storage.sync();
        storage.putString("log/03", "c");
        storage.delete("log/01");
        assertThat(storage.keys("log/")).containsExactly("log/02", "log/03");
        assertThat(storage.keys("")).containsExactly("log/02", "log/03", "term");
    }

    @Test
    void storesCopiesSoCallersCannotChangeWhatIsStored() {
        byte[] value = {1, 2};
        storage.put("k", value);
        value[0] = 9;
        storage.get("k").orElseThrow()[1] = 9;
        assertThat(storage.get("k")).hasValueSatisfying(stored -> assertThat(stored).containsExactly(1, 2));
    }
}
