package io.faultline.report;

import io.faultline.histories.Op;
import io.faultline.report.chart.FaultBand;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The nemesis's faults as spans of time: {@code start-X} until {@code stop-X}, {@code kill} until {@code start},
 * {@code pause} until {@code resume}; any other nemesis op is an instant. The runner records each fault twice
 * (invocation and completion, Jepsen's convention), so an opener of a fault already in force adds nothing. A
 * fault never closed runs to the end of the history.
 */
final class FaultSpans {
    private final List<FaultBand> spans = new ArrayList<>();
    private final List<Op> open = new ArrayList<>();

    private FaultSpans() {
    }

    /** The spans, in order of their start, in nanoseconds; {@code endNanos} closes what never closed. */
    static List<FaultBand> of(List<Op> nemesisOps, long endNanos) {
        FaultSpans spans = new FaultSpans();
        nemesisOps.forEach(spans::add);
        spans.open.forEach(o -> spans.spans.add(band(o, Math.max(endNanos, o.time()))));
        spans.spans.sort(Comparator.comparingDouble(FaultBand::from));
        return List.copyOf(spans.spans);
    }

    /** A CSS class for the kind of fault, so that overlapping faults of different kinds differ in colour. */
    static String kind(String f) {
        if (f.contains("partition")) {
            return "net";
        }
        if (f.equals("kill") || f.equals("crash")) {
            return "crash";
        }
        return f.equals("pause") ? "pause" : "other";
    }

    private void add(Op op) {
        String f = op.f();
        if (f.startsWith("start-") || f.equals("kill") || f.equals("pause")) {
            boolean inForce = open.stream().anyMatch(o -> o.f().equals(f) && Objects.equals(o.value(), op.value()));
            if (!inForce) {
                open.add(op);
            }
        } else if (f.startsWith("stop-") || f.equals("start") || f.equals("resume")) {
            close(op);
        } else if (spans.stream().noneMatch(b -> b.from() == op.time() && b.label().equals(label(op)))) {
            spans.add(new FaultBand(label(op), kind(f), op.time(), op.time()));
        }
    }

    private void close(Op closer) {
        Op match = open.stream().filter(o -> opens(o.f(), closer.f()))
                .filter(o -> Objects.equals(o.value(), closer.value())).findFirst()
                .orElseGet(() -> open.stream().filter(o -> opens(o.f(), closer.f())).findFirst().orElse(null));
        if (match != null) {
            open.remove(match);
            spans.add(band(match, closer.time()));
        }
    }

    private static boolean opens(String opener, String closer) {
        if (closer.startsWith("stop-")) {
            return opener.equals("start-" + closer.substring("stop-".length()));
        }
        return closer.equals("start") ? opener.equals("kill") || opener.equals("crash") : opener.equals("pause");
    }

    private static FaultBand band(Op opener, long toNanos) {
        return new FaultBand(label(opener), kind(opener.f()), opener.time(), toNanos);
    }

    private static String label(Op op) {
        String value = op.value() == null ? "" : " " + op.value();
        return ReportText.bounded(op.f() + value, 120);
    }
}
