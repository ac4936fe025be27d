package io.faultline.histories.check.register;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Lines;
import io.faultline.histories.model.Describe;
import java.util.ArrayList;
import java.util.List;

/**
 * Observations no correct store can produce under any consistency model: a value that nothing wrote
 * ({@code unwritten-value}), or one that only a failed write wrote ({@code aborted-read}: {@code fail} means the
 * write definitely did not happen). Both are certain under the unique-values convention: a value written by
 * several writes, one of them not failed, is not reported. Every register check includes these anomalies.
 */
public final class ReadValidity {
    public static final String UNWRITTEN = "unwritten-value";
    public static final String ABORTED = "aborted-read";

    private ReadValidity() {
    }

    /** The invalid observations (ok reads and ok cas) of every register key, in invocation order. */
    public static List<Anomaly> anomalies(History history, WriteIndex index) {
        List<Anomaly> found = new ArrayList<>();
        for (Call c : history.calls()) {
            Object key = RegisterCalls.key(c);
            if (index.isRegisterKey(key) && index.observes(c)) {
                Anomaly a = judge(c, index.source(key, RegisterCalls.observedValue(c)));
                if (a != null) {
                    found.add(a);
                }
            }
        }
        return found;
    }

    /** The anomaly of one observation whose source is known, or {@code null} when the value is legitimate. */
    static Anomaly judge(Call read, ValueSource source) {
        String seen = Describe.call(read) + " (" + Lines.op(read) + ")";
        if (source instanceof ValueSource.Unwritten) {
            return new Anomaly(UNWRITTEN, seen + " observed "
                    + Describe.value(RegisterCalls.observedValue(read)) + ", a value no operation wrote",
                    Lines.of(read));
        }
        if (source instanceof ValueSource.Aborted a) {
            return new Anomaly(ABORTED, seen + " observed the value of " + Describe.call(a.failedWrite())
                    + " (" + Lines.op(a.failedWrite()) + "), which failed", Lines.of(read, a.failedWrite()));
        }
        return null;
    }
}
