package io.faultline.p2p.napster;

import io.faultline.node.NodeConfig;

/**
 * Napster's options. Times in milliseconds of the node's clock.
 *
 * @param index            the index server; every other node is a peer. Default: the first of all node names in
 *                         sorted order ({@code n1} in a cluster of {@code n1 … nN}), which every node computes alike
 * @param heartbeatMs      how often a peer tells the index it is alive (and logs in again if it is not known)
 * @param peerTimeoutMs    how long the index keeps a peer it has not heard from; then it drops its entries
 * @param requestTimeoutMs how long a peer waits for the index or another peer before giving up
 */
record NapsterConfig(String index, long heartbeatMs, long peerTimeoutMs, long requestTimeoutMs) {

    static NapsterConfig from(NodeConfig config) {
        NapsterConfig result = new NapsterConfig(
                config.option("index", config.firstNodeName()),
                config.intOption("heartbeat-ms", 1_000),
                config.intOption("peer-timeout-ms", 3_000),
                config.intOption("request-timeout-ms", 500));
        if (!result.index.equals(config.id()) && !config.peers().contains(result.index)) {
            throw new IllegalArgumentException("option index names no node of the cluster: " + result.index);
        }
        if (result.heartbeatMs < 1 || result.peerTimeoutMs < 1 || result.requestTimeoutMs < 1) {
            throw new IllegalArgumentException("napster's times must be at least 1 ms: " + result);
        }
        return result;
    }


    long heartbeatNanos() {
        return heartbeatMs * 1_000_000L;
    }

    long peerTimeoutNanos() {
        return peerTimeoutMs * 1_000_000L;
    }

    long requestTimeoutNanos() {
        return requestTimeoutMs * 1_000_000L;
    }
}
