package io.faultline.histories.testing;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rebuilds a history from calls (a counterexample's, say), keeping their real-time order. */
public final class CallHistory {
    private CallHistory() {
    }

    public static History of(List<Call> calls) {
        List<Op> ops = new ArrayList<>();
        for (Call c : calls) {
            ops.add(new Op(c.invokeIndex(), -1, OpType.INVOKE, c.process(), c.f(), c.key(), c.input(), null, null));
            if (c.completeIndex() >= 0) {
                OpType type = switch (c.outcome()) {
                    case OK -> OpType.OK;
                    case FAIL -> OpType.FAIL;
                    case UNKNOWN -> OpType.INFO;
                };
                ops.add(new Op(c.completeIndex(), -1, type, c.process(), c.f(), c.key(), c.output(), null,
                        c.error()));
            }
        }
        ops.sort(Comparator.comparingLong(Op::index));
        return History.of("calls", ops);
    }
}
