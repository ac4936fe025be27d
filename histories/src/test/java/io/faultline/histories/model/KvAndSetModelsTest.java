package io.faultline.histories.model;

import static io.faultline.histories.testing.Calls.fail;
import static io.faultline.histories.testing.Calls.ok;
import static io.faultline.histories.testing.Calls.unknown;
import static io.faultline.histories.testing.H.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.histories.History;
import io.faultline.histories.testing.H;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Step semantics of {@link KvModel} and {@link SetModel}. */
class KvAndSetModelsTest {
    private final KvModel kv = new KvModel();
    private final SetModel set = new SetModel();

    @Test
    void kvReadsNilForAnAbsentKeyAndGetIsRead() {
        assertThat(kv.step(kv.init(), ok("get", null, null))).isSameAs(Values.NIL);
        Object a = kv.step(kv.init(), ok("put", "a", null));
        assertThat(kv.step(a, ok("get", null, "a"))).isEqualTo("a");
        assertThat(kv.step(a, ok("read", null, "b"))).isNull();
    }

    @Test
    void kvDeleteMakesTheKeyAbsentAgain() {
        Object gone = kv.step("a", ok("delete", null, null));
        assertThat(kv.step(gone, ok("read", null, null))).isSameAs(Values.NIL);
    }

    @Test
    void kvAppendConcatenatesFromEmpty() {
        Object ab = kv.step(kv.step(kv.init(), ok("append", "a", null)), ok("append", "b", null));
        assertThat(ab).isEqualTo("ab");
        KvModel porcupine = KvModel.porcupine();
        assertThat(porcupine.step(porcupine.init(), ok("get", null, ""))).isEqualTo("");
        assertThat(porcupine.step(porcupine.init(), ok("get", null, null))).isNull();
    }

    @Test
    void kvCasFollowsTheRegisterRules() {
        assertThat(kv.step(1L, ok("cas", pair(1, 2), null))).isEqualTo(2L);
        assertThat(kv.mustPlace(fail("cas", pair(1, 2), "precondition-failed"))).isTrue();
        assertThat(kv.step(1L, fail("cas", pair(1, 2), "precondition-failed"))).isNull();
        assertThat(kv.mustPlace(unknown("get", null))).isFalse();
    }

    @Test
    void kvPartitionsByKey() {
        History h = new H().key("x").call(0, "put", 1, 1).key("y").call(0, "put", 2, 2).key("x")
                .call(1, "get", null, 1).build();
        assertThat(kv.partition(h)).containsOnlyKeys("x", "y");
        assertThat(kv.partition(h).get("x")).hasSize(2);
    }

    @Test
    void setReadsCompareAsSets() {
        ElementSet s = set.step(set.step(set.init(), ok("add", 1, null)), ok("add", 2L, null));
        assertThat(set.step(s, ok("read", null, List.of(2L, 1L)))).isEqualTo(s);
        assertThat(set.step(s, ok("read", null, Set.of(1L, 2L)))).isEqualTo(s);
        assertThat(set.step(s, ok("read", null, List.of(1L)))).isNull();
        assertThat(set.step(set.init(), ok("read", null, null))).isEqualTo(set.init());
        assertThat(set.describeState(s)).isEqualTo("#{1 2}");
    }

    @Test
    void setStatesAreValueEqualWhateverTheOrderOfAdds() {
        ElementSet ab = set.init().with("a").with("b");
        ElementSet ba = set.init().with("b").with("a");
        assertThat(ab).isEqualTo(ba).hasSameHashCodeAs(ba);
        assertThat(ab.with("a")).isSameAs(ab);
    }

    @Test
    void setIsOnePartitionWhateverTheKeys() {
        History h = new H().key("x").call(0, "add", 1, null).key("y").call(0, "add", 2, null).build();
        assertThat(set.partition(h)).containsOnlyKeys(History.NO_KEY);
    }

    @Test
    void unknownFunctionsAreRefusedByName() {
        assertThatThrownBy(() -> kv.step(kv.init(), ok("incr", 1L, null)))
                .hasMessageStartingWith("model kv has no function \"incr\"");
        assertThatThrownBy(() -> set.step(set.init(), ok("remove", 1L, null)))
                .hasMessage("model set has no function \"remove\" (call 0); it supports add, read");
        assertThatThrownBy(() -> set.step(set.init(), ok("read", null, 3L)))
                .hasMessageContaining("not a collection");
    }
}
