package io.faultline.histories.render;

import io.faultline.histories.Op;
import io.faultline.histories.model.Describe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs nemesis lines into {@link Band}s: {@code start-X}/{@code stop-X} (start-partition/stop-partition …),
 * {@code partition}/{@code heal}, {@code kill} or {@code crash}/{@code start} or {@code restart},
 * {@code pause}/{@code resume}. Any other nemesis op is an instant.
 *
 * <p>Jepsen writes each nemesis op twice (its invocation and its completion, both {@code info}), so a repeated
 * opener of a fault already in force, and a closer with nothing to close, add nothing.
 */
final class NemesisBands {
    private static final Map<String, Set<String>> OPENERS_BY_CLOSER = Map.of(
            "heal", Set.of("partition", "start-partition"),
            "start", Set.of("kill", "crash"),
            "restart", Set.of("kill", "crash"),
            "resume", Set.of("pause"));
    private static final Set<String> OPENERS = Set.of("partition", "kill", "crash", "pause");

    private record Open(Op op, String label) {
    }

    private final int maxLabelChars;
    private final List<Band> bands = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private String previousInstant;

    private NemesisBands(int maxLabelChars) {
        this.maxLabelChars = maxLabelChars;
    }

    /** The bands of a history's nemesis ops, in order of their start; faults never ended stay open-ended. */
    static List<Band> of(List<Op> nemesisOps, int maxLabelChars) {
        NemesisBands pairing = new NemesisBands(maxLabelChars);
        nemesisOps.forEach(pairing::add);
        return pairing.finish();
    }

    private void add(Op op) {
        String label = Text.bounded(op.f() + argument(op.value()), maxLabelChars);
        String instant = null;
        if (isOpener(op.f())) {
            openUnlessInForce(op, label);
        } else if (isCloser(op.f())) {
            close(op);
        } else if (!label.equals(previousInstant)) {
            bands.add(new Band(label, op.index(), op.index()));
            instant = label;
        }
        previousInstant = instant;
    }

    private List<Band> finish() {
        open.forEach(o -> bands.add(new Band(o.label(), o.op().index(), Long.MAX_VALUE)));
        open.clear();
        bands.sort(Comparator.comparingLong(Band::fromLine));
        return List.copyOf(bands);
    }

    private static boolean isOpener(String f) {
        return OPENERS.contains(f) || f.startsWith("start-");
    }

    private static boolean isCloser(String f) {
        return OPENERS_BY_CLOSER.containsKey(f) || f.startsWith("stop-");
    }

    private void openUnlessInForce(Op op, String label) {
        boolean inForce = open.stream().anyMatch(o -> o.op().f().equals(op.f())
                && Objects.equals(o.op().value(), op.value()));
        if (!inForce) {
            open.add(new Open(op, label));
        }
    }

    /** Ends the open fault this closer undoes: the one on the same target if any, else the oldest of its kind. */
    private void close(Op closer) {
        Open sameTarget = null;
        Open oldest = null;
        for (Open o : open) {
            if (undoes(closer.f(), o.op().f())) {
                oldest = oldest == null ? o : oldest;
                boolean same = Objects.equals(o.op().value(), closer.value());
                sameTarget = sameTarget == null && same ? o : sameTarget;
            }
        }
        Open match = sameTarget != null ? sameTarget : oldest;
        if (match != null) {
            open.remove(match);
            bands.add(new Band(match.label(), match.op().index(), closer.index()));
        }
    }

    private static boolean undoes(String closer, String opener) {
        if (closer.startsWith("stop-")) {
            return opener.equals("start-" + closer.substring("stop-".length()));
        }
        return OPENERS_BY_CLOSER.get(closer).contains(opener);
    }

    private static String argument(Object value) {
        if (value == null) {
            return "";
        }
        return " " + (value instanceof String s ? s : Describe.value(value));
    }
}
