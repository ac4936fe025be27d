package io.faultline.histories.check.convergence;

import io.faultline.histories.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Whether final reads that disagree can be explained by writes with unknown outcomes landing while they ran.
 * Reads are grouped by value; the values must land one after another (v0, then v1 at t1, v2 at t2 &gt; t1, …),
 * every value after the first being an unknown write's, and each read of v_k must overlap the window in which
 * v_k was current. For groups in that order this holds exactly when every read of an earlier group was invoked
 * before every read of a later group returned; this class searches the orders for one that does.
 */
final class Landings {
    /** More groups than this are not searched: the answer is "cannot tell". */
    static final int MAX_GROUPS = 10;

    /** The outcome: an order of the groups, or none exists, or too many groups to tell. */
    sealed interface Outcome {
        record Order(List<List<Call>> groups) implements Outcome {
        }

        record Impossible() implements Outcome {
        }

        record TooMany() implements Outcome {
        }
    }

    private final List<List<Call>> groups;
    private final Predicate<List<Call>> mayLand;
    private final long[] lastInvoke;
    private final long[] firstReturn;

    private Landings(List<List<Call>> groups, Predicate<List<Call>> mayLand) {
        this.groups = groups;
        this.mayLand = mayLand;
        this.lastInvoke = groups.stream().mapToLong(g -> g.stream().mapToLong(Call::invokeIndex).max().orElseThrow())
                .toArray();
        this.firstReturn = groups.stream()
                .mapToLong(g -> g.stream().mapToLong(Call::completeIndex).min().orElseThrow()).toArray();
    }

    /** @param mayLand whether a group's value is an unknown write's, so that it may land after the first */
    static Outcome order(List<List<Call>> groups, Predicate<List<Call>> mayLand) {
        if (groups.stream().filter(mayLand.negate()).count() > 1) {
            return new Outcome.Impossible();
        }
        if (groups.size() > MAX_GROUPS) {
            return new Outcome.TooMany();
        }
        List<Integer> found = new Landings(groups, mayLand).extend(new ArrayList<>(), Long.MIN_VALUE);
        return found == null ? new Outcome.Impossible()
                : new Outcome.Order(found.stream().map(groups::get).toList());
    }

    /** Extends a valid prefix (whose reads were invoked up to {@code invokedBy}) to a full order, or null. */
    private List<Integer> extend(List<Integer> prefix, long invokedBy) {
        if (prefix.size() == groups.size()) {
            return prefix;
        }
        for (int g = 0; g < groups.size(); g++) {
            boolean fits = !prefix.contains(g) && invokedBy < firstReturn[g]
                    && (prefix.isEmpty() || mayLand.test(groups.get(g)));
            if (fits) {
                prefix.add(g);
                List<Integer> done = extend(prefix, Math.max(invokedBy, lastInvoke[g]));
                if (done != null) {
                    return done;
                }
                prefix.remove(prefix.size() - 1);
            }
        }
        return null;
    }
}
