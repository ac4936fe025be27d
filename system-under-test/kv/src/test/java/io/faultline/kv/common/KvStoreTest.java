package io.faultline.kv.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.client.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The state machine's lin-kv semantics, as Maelstrom's lin-kv service defines them. */
class KvStoreTest {

    private final KvStore store = new KvStore();

    @Test
    @DisplayName("cas with create_if_not_exists on a missing key creates it with `to`, whatever `from` says")
    void casCreatesAMissingKey() {
        assertThat(store.apply(KvCommand.cas(1L, List.of(), List.of(7L), true))).isEqualTo(KvResult.ok(null));
        assertThat(store.apply(KvCommand.read(1L))).isEqualTo(KvResult.ok(List.of(7L)));
        assertThat(store.apply(KvCommand.cas(2L, "anything", 3L, true)).isOk()).isTrue();
        assertThat(store.get(2L)).isEqualTo(3L);
    }

    @Test
    @DisplayName("cas without the flag on a missing key fails with 20 and creates nothing")
    void plainCasOnAMissingKeyFails() {
        assertThat(store.apply(KvCommand.cas(1L, List.of(), List.of(7L))).error())
                .isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST);
        assertThat(store.contains(1L)).isFalse();
    }

    @Test
    @DisplayName("cas with the flag on an existing key is a plain cas: 22 on a mismatch, ok on a match")
    void casWithTheFlagOnAnExistingKeyIsAPlainCas() {
        store.apply(KvCommand.write(1L, List.of(7L)));
        assertThat(store.apply(KvCommand.cas(1L, List.of(), List.of(8L), true)).error())
                .isEqualTo(ErrorCode.PRECONDITION_FAILED);
        assertThat(store.get(1L)).isEqualTo(List.of(7L));
        assertThat(store.apply(KvCommand.cas(1L, List.of(7L), List.of(7L, 8L), true)).isOk()).isTrue();
        assertThat(store.get(1L)).isEqualTo(List.of(7L, 8L));
    }

    @Test
    @DisplayName("the flag survives storage (a Raft log entry), and entries stored without it read as plain cas")
    void theFlagIsStored() {
        KvCommand create = KvCommand.cas(1L, List.of(), List.of(7L), true);
        assertThat(StoredJson.decode(StoredJson.encode(create), KvCommand.class)).isEqualTo(create);
        byte[] old = "{\"kind\":\"CAS\",\"key\":1,\"value\":3,\"expected\":2}".getBytes(StandardCharsets.UTF_8);
        assertThat(StoredJson.decode(old, KvCommand.class)).isEqualTo(KvCommand.cas(1L, 2L, 3L));
    }
}
