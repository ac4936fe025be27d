package io.faultline.chord;

import io.faultline.node.NodeConfig;

/**
 * Chord's options. Times in milliseconds of the node's clock.
 *
 * @param bootstrap       the node that creates the ring; every other node joins through it (then through any
 *                        peer). Default: the first of all node names in sorted order.
 * @param successors      r, the successor list length (§5.2); default ceil(log2 N), at least 1
 * @param replicas        k, copies of each key: on its owner and the next k − 1 successors; default 3
 * @param mergeCheckMs    how often a member looks for another ring through its peers (0: never, as in the paper);
 *                        see {@link Membership#lookForAnotherRing}
 */
public record ChordConfig(String bootstrap, int successors, int replicas, long stabilizeMs, long fixFingersMs,
                          long checkPredecessorMs, long replicateMs, long rpcTimeoutMs, long forwardTimeoutMs,
                          long joinRetryMs, int maxLookupSteps, long mergeCheckMs) {

    public static ChordConfig from(NodeConfig config) {
        int n = config.peers().size() + 1;
        String bootstrap = config.options().get("bootstrap");
        int log2 = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1)); // ceil(log2 n)
        ChordConfig result = new ChordConfig(
                bootstrap != null ? bootstrap : config.firstNodeName(),
                config.intOption("successors", log2),
                config.intOption("replicas", 3),
                config.intOption("stabilize-ms", 50),
                config.intOption("fix-fingers-ms", 50),
                config.intOption("check-predecessor-ms", 100),
                config.intOption("replicate-ms", 250),
                config.intOption("rpc-timeout-ms", 100),
                config.intOption("forward-timeout-ms", 1000),
                config.intOption("join-retry-ms", 200),
                config.intOption("max-lookup-steps", 64),
                config.intOption("merge-check-ms", 1000));
        if (result.successors < 1 || result.replicas < 1) {
            throw new IllegalArgumentException("successors and replicas must be at least 1: " + result);
        }
        return result;
    }
}
