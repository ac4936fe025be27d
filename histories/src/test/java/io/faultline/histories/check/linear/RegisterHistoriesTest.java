package io.faultline.histories.check.linear;

import static io.faultline.histories.testing.H.pair;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.check.Verdict;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.testing.H;
import org.junit.jupiter.api.Test;

/** Hand-made register histories whose verdicts follow from Jepsen's semantics of ok, fail and info. */
class RegisterHistoriesTest {

    private static Verdict check(Model<?> model, History h) {
        return new LinearizabilityChecker(model).check(h).verdict();
    }

    private static Verdict register(H h) {
        return check(new RegisterModel(), h.build());
    }

    private static Verdict casRegister(H h) {
        return check(new CasRegisterModel(), h.build());
    }

    /** Two concurrent writes, and a read concurrent with both: it may see either. */
    private static H concurrentWritesAndARead(long seen) {
        return new H().invoke(0, "write", 1).invoke(1, "write", 2).invoke(2, "read", null)
                .ok(2, "read", seen).ok(0, "write", 1).ok(1, "write", 2);
    }

    @Test
    void aReadConcurrentWithTwoWritesMaySeeEither() {
        assertThat(register(concurrentWritesAndARead(1))).isEqualTo(Verdict.VALID);
        assertThat(register(concurrentWritesAndARead(2))).isEqualTo(Verdict.VALID);
        assertThat(register(concurrentWritesAndARead(3))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void onceConcurrentWritesAreOverTheRegisterHoldsOneOfThemForGood() {
        H h = new H().invoke(0, "write", 1).invoke(1, "write", 2).ok(0, "write", 1).ok(1, "write", 2)
                .call(2, "read", null, 2);
        assertThat(register(h)).isEqualTo(Verdict.VALID);
        assertThat(register(h.call(3, "read", null, 1))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aStaleReadAfterACompletedWriteIsInvalid() {
        H h = new H().call(0, "write", 1, 1).call(0, "write", 2, 2).call(1, "read", null, 1);
        assertThat(register(h)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aReadBeforeAnyWriteSeesNil() {
        assertThat(register(new H().call(0, "read", null, null).call(0, "write", 1, 1))).isEqualTo(Verdict.VALID);
        assertThat(register(new H().call(0, "read", null, 1).call(0, "write", 1, 1))).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aCrashedWriteMayBeObservedLaterOrNever() {
        H crashed = new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2);
        assertThat(register(new H().call(0, "write", 1, 1).invoke(1, "write", 2).info(1, "write", 2)
                .call(2, "read", null, 2))).isEqualTo(Verdict.VALID);
        assertThat(register(crashed.call(2, "read", null, 1))).isEqualTo(Verdict.VALID);
    }

    @Test
    void aCrashedWriteCannotBeObservedBeforeItWasInvoked() {
        H h = new H().call(0, "read", null, 2).invoke(1, "write", 2).info(1, "write", 2);
        assertThat(register(h)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aCrashedWriteTakesEffectOnceOnly() {
        H h = new H().invoke(1, "write", 2).info(1, "write", 2).call(0, "read", null, 2)
                .call(0, "write", 3, 3).call(0, "read", null, 2);
        assertThat(register(h)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aCrashedReadIsIgnored() {
        H h = new H().call(0, "write", 1, 1).invoke(1, "read", null).info(1, "read", null).call(2, "read", null, 1);
        assertThat(register(h)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aFailedWriteDidNotHappen() {
        H notObserved = new H().call(0, "write", 1, 1).invoke(1, "write", 2).fail(1, "write", 2, "timeout")
                .call(2, "read", null, 1);
        assertThat(register(notObserved)).isEqualTo(Verdict.VALID);
        H observed = new H().call(0, "write", 1, 1).invoke(1, "write", 2).fail(1, "write", 2, "timeout")
                .call(2, "read", null, 2);
        assertThat(register(observed)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void aPreconditionFailedCasIsInvalidWhenTheRegisterMustHaveHeldItsExpectedValue() {
        H alone = new H().call(0, "write", 1, 1).invoke(1, "cas", pair(1, 2))
                .fail(1, "cas", pair(1, 2), "precondition-failed");
        assertThat(casRegister(alone)).isEqualTo(Verdict.INVALID);
        H afterAnotherWrite = new H().call(0, "write", 1, 1).invoke(2, "write", 3).invoke(1, "cas", pair(1, 2))
                .fail(1, "cas", pair(1, 2), "precondition-failed").ok(2, "write", 3);
        assertThat(casRegister(afterAnotherWrite)).isEqualTo(Verdict.VALID);
    }

    @Test
    void aFailedCasForAnotherReasonIsDropped() {
        H h = new H().call(0, "write", 1, 1).invoke(1, "cas", pair(1, 2)).fail(1, "cas", pair(1, 2), "timeout")
                .call(2, "read", null, 1);
        assertThat(casRegister(h)).isEqualTo(Verdict.VALID);
    }

    @Test
    void anOkCasMovesTheRegister() {
        H h = new H().call(0, "write", 1, 1).call(1, "cas", pair(1, 2), pair(1, 2)).call(2, "read", null, 2);
        assertThat(casRegister(h)).isEqualTo(Verdict.VALID);
        H wrong = new H().call(0, "write", 3, 3).call(1, "cas", pair(1, 2), pair(1, 2));
        assertThat(casRegister(wrong)).isEqualTo(Verdict.INVALID);
    }

    @Test
    void knossosTakesNilReadsAsLegalAnywhere() {
        H h = new H().call(0, "write", 3, 3).call(1, "read", null, null).call(1, "read", null, 3);
        assertThat(check(CasRegisterModel.knossos(), h.build())).isEqualTo(Verdict.VALID);
        assertThat(casRegister(h)).isEqualTo(Verdict.INVALID);
        assertThat(check(CasRegisterModel.knossos(), new H().call(0, "read", null, 0).build()))
                .isEqualTo(Verdict.VALID);
    }

    @Test
    void anEmptyHistoryAndOneOfOnlyCrashesAreLinearizable() {
        assertThat(check(new RegisterModel(), History.of(java.util.List.of()))).isEqualTo(Verdict.VALID);
        assertThat(register(new H().invoke(0, "write", 1).invoke(1, "read", null))).isEqualTo(Verdict.VALID);
    }
}
