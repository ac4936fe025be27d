package io.faultline.sim;

/** A node handler threw: a bug in the node, reported with everything needed to replay it. */
public final class NodeFailure extends RuntimeException {

    public NodeFailure(String node, long timeNanos, long seed, String during, Throwable cause) {
        super("node " + node + " threw during " + during + " at t=" + timeNanos + "ns; reproduce with seed=" + seed,
                cause);
    }
}
