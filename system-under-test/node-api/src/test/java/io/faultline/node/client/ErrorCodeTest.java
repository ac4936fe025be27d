package io.faultline.node.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void exactlyMaelstromsDefiniteCodesAreDefinite() {
        int[] definite = Arrays.stream(ErrorCode.values()).filter(ErrorCode::isDefinite)
                .mapToInt(ErrorCode::code).toArray();
        assertThat(definite).containsExactly(1, 10, 11, 12, 14, 20, 21, 22, 30);
    }

    @Test
    void timeoutCrashAndUnknownCodesAreIndefinite() {
        assertThat(ErrorCode.isDefinite(0)).isFalse();
        assertThat(ErrorCode.isDefinite(13)).isFalse();
        assertThat(ErrorCode.isDefinite(1000)).isFalse();
        assertThat(ErrorCode.of(1000)).isEmpty();
    }

    @Test
    void theHistoryNamesAreMaelstromsKeywords() {
        assertThat(ErrorCode.historyName(22)).isEqualTo("precondition-failed");
        assertThat(ErrorCode.historyName(30)).isEqualTo("txn-conflict");
        assertThat(ErrorCode.historyName(1000)).isEqualTo("error-1000");
    }

    @Test
    void anErrorReplyKnowsItsCode() {
        ErrorReply busy = ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE, "no leader");
        assertThat(busy.code()).isEqualTo(11);
        assertThat(busy.errorCode()).contains(ErrorCode.TEMPORARILY_UNAVAILABLE);
        assertThat(busy.isDefinite()).isTrue();
        assertThat(new ErrorReply(0, "timed out").isDefinite()).isFalse();
    }
}
