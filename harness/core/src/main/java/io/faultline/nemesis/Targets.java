package io.faultline.nemesis;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Which nodes a node fault hits (Jepsen's {@code :one}, {@code :minority}), chosen from the nemesis's seeded
 * stream. Never a majority: these nemeses test that a system survives losing what a majority quorum tolerates.
 */
final class Targets {

    private Targets() {
    }

    /** One random node half the time; otherwise a random minority of one up to ⌊(n-1)/2⌋ nodes. */
    static List<String> oneOrMinority(List<String> nodes, RandomGenerator random) {
        int largestMinority = Math.max(1, (nodes.size() - 1) / 2);
        int count = random.nextBoolean() ? 1 : 1 + random.nextInt(largestMinority);
        return shuffled(nodes, random).subList(0, count).stream().sorted().toList();
    }

    /** A copy of {@code nodes} in a random order (Fisher–Yates on the given stream, so it replays). */
    static List<String> shuffled(List<String> nodes, RandomGenerator random) {
        List<String> copy = new ArrayList<>(nodes);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            copy.set(j, copy.set(i, copy.get(j)));
        }
        return copy;
    }

    /** {@code [n1 n3]} as {@code n1 n3}, for descriptions. */
    static String join(List<String> nodes) {
        return String.join(" ", nodes);
    }
}
