package io.faultline.nemesis;

import io.faultline.runtime.Link;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Which links a link fault (latency, loss) touches, chosen from the nemesis's seeded stream.
 *
 * @param links       the directed node-to-node links to degrade
 * @param description {@code all links} or {@code links of n3}, for the history
 */
record LinkChoice(List<Link> links, String description) {

    /** Both directions of every link of one random node half the time, every node-to-node link otherwise. */
    static LinkChoice draw(List<String> nodes, RandomGenerator random) {
        List<Link> all = Link.allBetween(nodes);
        if (random.nextBoolean()) {
            return new LinkChoice(all, "all links");
        }
        String node = nodes.get(random.nextInt(nodes.size()));
        List<Link> around = all.stream().filter(l -> l.from().equals(node) || l.to().equals(node)).toList();
        return new LinkChoice(around, "links of " + node);
    }
}
