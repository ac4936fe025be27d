package io.faultline.histories.model;

import static io.faultline.histories.testing.Calls.fail;
import static io.faultline.histories.testing.Calls.ok;
import static io.faultline.histories.testing.Calls.unknown;
import static io.faultline.histories.testing.H.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Step semantics of {@link RegisterModel} and {@link CasRegisterModel}. */
class RegisterModelsTest {
    private final RegisterModel register = new RegisterModel();
    private final CasRegisterModel cas = new CasRegisterModel();

    @Test
    void aReadMustSeeTheCurrentValueAndNilIsTheInitialOne() {
        assertThat(register.step(register.init(), ok("read", null, null))).isSameAs(Values.NIL);
        assertThat(register.step(register.init(), ok("read", null, 1L))).isNull();
        Object one = register.step(register.init(), ok("write", 1L, 1L));
        assertThat(register.step(one, ok("read", null, 1L))).isEqualTo(1L);
        assertThat(register.step(one, ok("read", null, 2L))).isNull();
    }

    @Test
    void integersAndLongsAreTheSameValue() {
        Object three = register.step(register.init(), ok("write", 3, 3));
        assertThat(three).isEqualTo(3L);
        assertThat(register.step(three, ok("read", null, 3L))).isEqualTo(3L);
    }

    @Test
    void anInitialValueIsReadBeforeAnyWrite() {
        CasRegisterModel zero = new CasRegisterModel(0L, false);
        assertThat(zero.step(zero.init(), ok("read", null, 0L))).isEqualTo(0L);
        assertThat(zero.step(zero.init(), ok("read", null, null))).isNull();
    }

    @Test
    void knossosTakesANilReadAsLegalInAnyState() {
        CasRegisterModel knossos = CasRegisterModel.knossos();
        assertThat(knossos.init()).isEqualTo(0L);
        assertThat(knossos.step(5L, ok("read", null, null))).isEqualTo(5L);
        assertThat(knossos.step(5L, ok("read", null, 4L))).isNull();
    }

    @Test
    void anOkCasNeedsItsExpectedValue() {
        assertThat(cas.step(1L, ok("cas", pair(1, 2), pair(1, 2)))).isEqualTo(2L);
        assertThat(cas.step(3L, ok("cas", pair(1, 2), pair(1, 2)))).isNull();
        assertThat(cas.step(Values.NIL, ok("cas", pair(null, 2), null))).isEqualTo(2L);
    }

    @Test
    void aPreconditionFailedCasSawAnotherValueAndMustBePlaced() {
        var refused = fail("cas", pair(1, 2), "precondition-failed");
        assertThat(cas.mustPlace(refused)).isTrue();
        assertThat(cas.step(3L, refused)).isEqualTo(3L);
        assertThat(cas.step(1L, refused)).isNull();
        assertThat(cas.mustPlace(fail("cas", pair(1, 2), "22"))).isTrue();
    }

    @Test
    void otherFailsDidNotHappenAndAreDropped() {
        assertThat(cas.mustPlace(fail("cas", pair(1, 2), "timeout"))).isFalse();
        assertThat(cas.mustPlace(fail("write", 1L, "precondition-failed"))).isFalse();
        assertThat(cas.mustPlace(fail("read", null, null))).isFalse();
    }

    @Test
    void anUnknownCasSwapsIfItCanAndIsANoOpOtherwise() {
        assertThat(cas.mustPlace(unknown("cas", pair(1, 2)))).isTrue();
        assertThat(cas.step(1L, unknown("cas", pair(1, 2)))).isEqualTo(2L);
        assertThat(cas.step(7L, unknown("cas", pair(1, 2)))).isEqualTo(7L);
    }

    @Test
    void unknownReadsNeedNoPlaceAndUnknownWritesDo() {
        assertThat(cas.mustPlace(unknown("read", null))).isFalse();
        assertThat(cas.mustPlace(unknown("write", 1L))).isTrue();
        assertThat(cas.step(4L, unknown("write", 1L))).isEqualTo(1L);
    }

    @Test
    void statesAreDescribedAsValues() {
        assertThat(cas.describeState(cas.init())).isEqualTo("nil");
        assertThat(cas.describeState("x")).isEqualTo("\"x\"");
    }

    @Test
    void anUnknownFunctionIsAOneLineErrorNamingItAndTheModel() {
        assertThatThrownBy(() -> register.step(register.init(), ok("cas", pair(1, 2), null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model register has no function \"cas\" (call 0); it supports read, write");
        assertThatThrownBy(() -> cas.step(cas.init(), ok("cas", 3L, null)))
                .hasMessage("cas needs a value [expected, new], got 3");
    }
}
