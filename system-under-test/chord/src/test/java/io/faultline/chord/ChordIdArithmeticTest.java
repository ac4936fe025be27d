package io.faultline.chord;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Chord §4.1: distances and finger starts are arithmetic modulo 2^m, computed without a division. */
class ChordIdArithmeticTest {

    private static final BigInteger LAST = ChordId.RING.subtract(BigInteger.ONE);

    @Test
    void distanceAndFingerStartAgreeWithModuloArithmetic() {
        SplittableRandom random = new SplittableRandom(42);
        List<BigInteger> ids = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, LAST,
                LAST.shiftRight(1), ChordId.RING.shiftRight(1)));
        for (int i = 0; i < 200; i++) {
            ids.add(ChordId.of("n" + random.nextLong()));
        }
        for (BigInteger a : ids) {
            for (int bit : new int[] {0, 1, 80, 158, 159}) {
                assertThat(ChordId.fingerStart(a, bit)).isEqualTo(a.add(BigInteger.ONE.shiftLeft(bit)).mod(ChordId.RING));
            }
            for (BigInteger b : ids.subList(0, 20)) {
                assertThat(ChordId.distance(a, b)).isEqualTo(b.subtract(a).mod(ChordId.RING));
            }
        }
        assertThat(ChordId.fingerStart(LAST, 0)).isZero();
        assertThat(ChordId.distance(BigInteger.ONE, BigInteger.ZERO)).isEqualTo(LAST);
    }
}
