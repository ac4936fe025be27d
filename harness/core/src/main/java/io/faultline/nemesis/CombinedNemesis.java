package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import io.faultline.workloads.generator.Generator;
import io.faultline.workloads.generator.Generators;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The nemeses of one run acting as one (Jepsen's {@code nemesis/compose}): a {@link #schedule} saying when
 * faults start and stop, and {@link #perform}, which carries out a scheduled op. Every choice a fault makes is
 * drawn from the one seeded {@code random} given here, in the order the schedule asks, so a seed replays them.
 */
public final class CombinedNemesis {

    private record Action(Nemesis nemesis, boolean start) {
    }

    private final List<Nemesis> nemeses;
    private final RandomGenerator random;
    // looked up by f, never iterated
    private final Map<String, Action> actionsByF = new HashMap<>();

    /** @param random the run's nemesis stream, derived from the seed */
    public CombinedNemesis(List<Nemesis> nemeses, RandomGenerator random) {
        this.nemeses = List.copyOf(nemeses);
        this.random = random;
        for (Nemesis nemesis : nemeses) {
            register(nemesis.startF(), new Action(nemesis, true));
            register(nemesis.stopF(), new Action(nemesis, false));
        }
    }

    /** Whether there is nothing to inject: the run has no faults. */
    public boolean isEmpty() {
        return nemeses.isEmpty();
    }

    /** Fails with a one-line message if {@code cluster} lacks a capability one of the nemeses needs. */
    public void requireCapabilities(Cluster cluster) {
        nemeses.forEach(nemesis -> nemesis.requireCapabilities(cluster));
    }

    /**
     * The nemesis generator of a run whose faults may start at {@code startNanos} and must all be healed at
     * {@code endNanos}; {@link Generators#nothing()} without nemeses. Route it with {@code onNemesis}.
     */
    public Generator schedule(Duration interval, long startNanos, long endNanos) {
        if (nemeses.isEmpty()) {
            return Generators.nothing();
        }
        List<NemesisSchedule.Fault> faults = nemeses.stream()
                .map(n -> new NemesisSchedule.Fault(n.startF(), n.stopF())).toList();
        return NemesisSchedule.of(faults, interval.toNanos(), startNanos, endNanos);
    }

    /**
     * Carries out the scheduled op {@code f} on {@code cluster}: starts or heals a fault.
     *
     * @return what was done, for the nemesis op's value in the history
     * @throws IllegalArgumentException if no nemesis of this run answers to {@code f}
     */
    public String perform(String f, Cluster cluster) {
        Action action = actionsByF.get(f);
        if (action == null) {
            throw new IllegalArgumentException("no nemesis of this run performs '" + f + "'");
        }
        return action.start() ? action.nemesis().start(cluster, random) : action.nemesis().stop(cluster);
    }

    private void register(String f, Action action) {
        if (actionsByF.putIfAbsent(f, action) != null) {
            throw new IllegalArgumentException("two nemeses both perform '" + f + "'");
        }
    }
}
