package io.faultline.chord;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.node.NodeFactories;
import java.math.BigInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChordIdTest {

    private static BigInteger b(long v) {
        return BigInteger.valueOf(v);
    }

    @Test
    @DisplayName("Chord §4.1: identifiers are 160-bit SHA-1 of the name")
    void sha1Identifiers() {
        // SHA-1("abc") = a9993e364706816aba3e25717850c26c9cd0d89d
        assertThat(ChordId.hex(ChordId.of("abc"))).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
        assertThat(ChordId.of("n1").bitLength()).isLessThanOrEqualTo(160);
        assertThat(ChordId.ofKey(7L)).isEqualTo(ChordId.of("7"));
    }

    @Test
    @DisplayName("Chord §4.3 Fig. 5: intervals wrap around the circle")
    void intervals() {
        BigInteger top = ChordId.RING.subtract(BigInteger.ONE);
        assertThat(ChordId.inOpen(b(5), b(3), b(9))).isTrue();
        assertThat(ChordId.inOpen(b(9), b(3), b(9))).isFalse();
        assertThat(ChordId.inHalfOpen(b(9), b(3), b(9))).isTrue();
        assertThat(ChordId.inOpen(b(1), top, b(2))).isTrue();
        assertThat(ChordId.inOpen(b(5), top, b(2))).isFalse();
        assertThat(ChordId.inHalfOpen(b(5), b(5), b(5))).as("(n, n] is the whole circle").isTrue();
        assertThat(ChordId.inOpen(b(5), b(5), b(5))).isFalse();
        assertThat(ChordId.fingerStart(top, 0)).isEqualTo(BigInteger.ZERO);
    }

    @Test
    @DisplayName("chord is registered by name")
    void registered() {
        assertThat(NodeFactories.byName("chord")).isInstanceOf(ChordSystem.class);
    }
}
