package io.faultline.workloads.generator;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Small queries over test histories. */
final class TestHistories {
    private TestHistories() {
    }

    static List<Op> invokes(List<Op> history) {
        return only(history, op -> op.type() == OpType.INVOKE);
    }

    static List<Op> completions(List<Op> history) {
        return only(history, op -> op.type().isCompletion());
    }

    static List<Op> only(List<Op> history, Predicate<Op> which) {
        return history.stream().filter(which).toList();
    }

    static Map<String, Long> countByF(List<Op> history) {
        return invokes(history).stream().collect(Collectors.groupingBy(Op::f, TreeMap::new, Collectors.counting()));
    }

    static List<Long> invokeTimes(List<Op> history) {
        return invokes(history).stream().map(Op::time).toList();
    }
}
