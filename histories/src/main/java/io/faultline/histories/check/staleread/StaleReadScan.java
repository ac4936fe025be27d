package io.faultline.histories.check.staleread;

import io.faultline.histories.Call;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.Lines;
import io.faultline.histories.check.register.RegisterCalls;
import io.faultline.histories.check.register.ValueSource;
import io.faultline.histories.check.register.WriteIndex;
import io.faultline.histories.model.Describe;
import java.util.Comparator;
import java.util.List;

/**
 * The stale reads of one register key, in one sweep: reads by invocation line, acknowledged writes by completion
 * line. A read that returned version w is stale when some acknowledged write u completed before the read began
 * and began after w completed: u certainly followed w and preceded the read in real time, so w was overwritten
 * for good before the read began (values are unique per key, and no write can take effect after completing).
 */
final class StaleReadScan {
    /** One stale read. {@code source} is {@code null} for the initial value. */
    record Stale(Call read, Call source, int versionLag, long timeLagNanos, Call firstMissed) {
    }

    int checked;
    int ambiguous;

    /** Scans one key's calls; the stale reads go to {@code found}, their anomalies to {@code out}. */
    void scan(Object key, List<Call> calls, WriteIndex index, List<Stale> found, CappedAnomalies out) {
        List<Call> acked = index.writes(key).stream().filter(Call::isOk)
                .sorted(Comparator.comparingLong(Call::completeIndex)).toList();
        NewerWrites newer = new NewerWrites(acked);
        int next = 0;
        for (Call read : calls) { // calls are in invocation order
            if (!index.informativeRead(read)) {
                continue;
            }
            for (; next < acked.size() && acked.get(next).completeIndex() < read.invokeIndex(); next++) {
                newer.add(acked.get(next));
            }
            Stale s = judge(read, index.source(key, RegisterCalls.observedValue(read)), newer);
            if (s != null) {
                found.add(s);
                out.add(anomaly(s));
            }
        }
    }

    private Stale judge(Call read, ValueSource source, NewerWrites newer) {
        long sourceEnd;
        if (source instanceof ValueSource.Initial) {
            sourceEnd = -1;
        } else if (source instanceof ValueSource.Written w) {
            // an unknown write never certainly ends, so nothing is certainly newer than it
            sourceEnd = w.write().returnIndex();
        } else {
            ambiguous += source instanceof ValueSource.Ambiguous ? 1 : 0;
            return null;
        }
        checked++;
        int lag = sourceEnd == Long.MAX_VALUE ? 0 : newer.countInvokedAfter(sourceEnd);
        if (lag == 0) {
            return null;
        }
        Call first = newer.firstCompletedInvokedAfter(sourceEnd);
        Call sourceWrite = source instanceof ValueSource.Written w ? w.write() : null;
        return new Stale(read, sourceWrite, lag, read.invokeTime() - first.completeTime(), first);
    }

    private static Anomaly anomaly(Stale s) {
        String text = Describe.call(s.read()) + " (" + Lines.op(s.read()) + ") is stale: " + s.versionLag()
                + (s.versionLag() == 1 ? " newer write" : " newer writes") + " had completed before it began, the"
                + " first " + Describe.call(s.firstMissed()) + " (" + Lines.op(s.firstMissed()) + ") "
                + s.timeLagNanos() + " ns earlier";
        List<Call> calls = s.source() == null ? List.of(s.read(), s.firstMissed())
                : List.of(s.read(), s.source(), s.firstMissed());
        return new Anomaly("stale-read", text, Lines.of(calls));
    }
}
