package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import io.faultline.histories.check.Anomaly;
import io.faultline.histories.check.Lines;
import io.faultline.histories.model.Describe;
import java.util.ArrayList;
import java.util.List;

/** One-line descriptions of session-guarantee violations, naming every call that makes them certain. */
final class SessionExplain {
    private SessionExplain() {
    }

    /** The anomaly of {@code read}, which returned version {@code x} below floor {@code f}. */
    static Anomaly anomaly(SessionGuarantee g, Call read, int x, Floor f) {
        String returned = x == VersionGraph.INITIAL ? " returned the initial value, which precedes "
                : x == f.node() ? " returned " : " returned a version known to precede ";
        String text = "process " + read.process() + ": " + call(read) + returned + why(f);
        List<Call> calls = new ArrayList<>(f.because());
        calls.add(read);
        return new Anomaly(g.checkerName(), text, Lines.of(calls));
    }

    private static String why(Floor f) {
        List<Call> b = f.because();
        return switch (f.reason()) {
            case OWN_WRITE -> "its own earlier " + call(b.get(0));
            case EARLIER_READ -> "what its earlier " + call(b.get(0)) + " returned";
            case WRITE_ORDER -> call(b.get(0)) + ", which process " + b.get(1).process() + " wrote before "
                    + call(b.get(1)) + ", which this session had read (" + Lines.op(b.get(2)) + ")";
            case READ_BEFORE_WRITE -> "what " + call(b.get(0)) + " returned, which process " + b.get(1).process()
                    + " read before writing " + call(b.get(1)) + ", which this session had read ("
                    + Lines.op(b.get(2)) + ")";
        };
    }

    private static String call(Call c) {
        return Describe.call(c) + " (" + Lines.op(c) + ")";
    }
}
