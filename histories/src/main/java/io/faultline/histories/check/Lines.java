package io.faultline.histories.check;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The history lines an anomaly names: each call's invoke line and, when it has one, its completion line. */
public final class Lines {
    private Lines() {
    }

    public static List<Long> of(Call... calls) {
        return of(List.of(calls));
    }

    public static List<Long> of(List<Call> calls) {
        TreeSet<Long> lines = new TreeSet<>();
        for (Call c : calls) {
            lines.add(c.invokeIndex());
            if (c.completeIndex() >= 0) {
                lines.add(c.completeIndex());
            }
        }
        return new ArrayList<>(lines);
    }

    /** How a description points at a call: {@code op 12}, its invoke line. */
    public static String op(Call c) {
        return "op " + c.invokeIndex();
    }
}
