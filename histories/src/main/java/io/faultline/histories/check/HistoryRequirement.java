package io.faultline.histories.check;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import java.util.function.Predicate;

/**
 * What a history must show for its checks to mean anything: a run in which no write succeeded tested nothing,
 * however valid its reads look. A {@link CheckSuite} {@link CheckSuite#requiring requiring} something turns
 * every VALID verdict into UNKNOWN, with the reason, when the history falls short (INVALID stays INVALID: a
 * violation found is real whatever else happened).
 *
 * @param description what is required, for the reason: {@code "an acknowledged add"}
 * @param met         whether a history shows it
 */
public record HistoryRequirement(String description, Predicate<History> met) {

    /** At least one call that completed ok and satisfies {@code which}, described as {@code what}. */
    public static HistoryRequirement anOk(String what, Predicate<Call> which) {
        return new HistoryRequirement(what, h -> h.calls().stream().anyMatch(c -> c.isOk() && which.test(c)));
    }

    /** At least one ok call of function {@code f} (or of any of {@code more}). */
    public static HistoryRequirement anOk(String f, String... more) {
        Predicate<Call> which = c -> c.f().equals(f) || java.util.Arrays.asList(more).contains(c.f());
        return anOk("an acknowledged " + String.join(" or ", prepend(f, more)), which);
    }

    /** At least one ok {@code read} after the history's {@link Op#FINAL_READS} line. */
    public static HistoryRequirement aFinalRead() {
        return new HistoryRequirement("a final read", h -> {
            long start = h.nemesisOps().stream().filter(o -> o.f().equals(Op.FINAL_READS)).mapToLong(Op::index)
                    .max().orElse(Long.MAX_VALUE);
            return h.calls().stream().anyMatch(c -> c.isOk() && c.f().equals("read") && c.invokeIndex() > start);
        });
    }

    /** At least one call that completed ok, whatever it was: the least a history must show. */
    public static HistoryRequirement anyOk() {
        return anOk("an acknowledged call", c -> true);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
