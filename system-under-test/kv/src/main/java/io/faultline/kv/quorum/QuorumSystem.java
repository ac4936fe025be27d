package io.faultline.kv.quorum;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code quorum} system: a Dynamo-style store. Options {@code n}, {@code r}, {@code w} (3/2/2,
 * clamped to the cluster size), {@code hint-after-ms} (100), {@code request-timeout-ms} (1000),
 * {@code handoff-every-ms} (200).
 */
public final class QuorumSystem implements NodeFactory {

    @Override
    public String name() {
        return "quorum";
    }

    @Override
    public String description() {
        return "Dynamo-style N/R/W quorums, last-writer-wins by Lamport clock, read repair, hinted handoff:"
                + " eventually consistent, not linearizable";
    }

    @Override
    public SortedMap<String, String> bugs() {
        SortedMap<String, String> bugs = new TreeMap<>();
        bugs.put(QuorumConfig.W1, "writes are acknowledged by one replica: a partition loses acknowledged writes");
        bugs.put(QuorumConfig.R1, "reads answer after one replica: stale reads");
        bugs.put(QuorumConfig.NO_READ_REPAIR, "reads never repair stale replicas: divergence lasts");
        bugs.put(QuorumConfig.NO_HINTED_HANDOFF, "no hints for unreachable replicas: writes fail or stay partial");
        bugs.put(QuorumConfig.WALL_CLOCK_LWW, "timestamps from skewed node clocks: later writes lose to earlier ones");
        return bugs;
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        QuorumMessages.register(registry);
    }

    @Override
    public Node create(NodeConfig config) {
        return new QuorumNode(configOf(config));
    }

    static QuorumConfig configOf(NodeConfig config) {
        QuorumConfig defaults = QuorumConfig.defaults();
        int clusterSize = config.peers().size() + 1;
        int n = Math.min(config.intOption("n", defaults.n()), clusterSize);
        return new QuorumConfig(n,
                Math.min(config.intOption("r", defaults.r()), n),
                Math.min(config.intOption("w", defaults.w()), n),
                config.millisOptionAsNanos("hint-after-ms", defaults.hintAfterNanos()),
                config.millisOptionAsNanos("request-timeout-ms", defaults.requestTimeoutNanos()),
                config.millisOptionAsNanos("handoff-every-ms", defaults.handoffEveryNanos()),
                config.bugs());
    }
}
