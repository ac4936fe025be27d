package io.faultline.runtime;

/** Asks a cluster for a capability, failing with a message people can act on when the runtime lacks it. */
public final class Capabilities {

    private Capabilities() {
    }

    /**
     * {@code cluster} as a {@code capability}.
     *
     * @param neededBy who asks, for the message: {@code "the pause nemesis"}
     * @throws UnsupportedOperationException if the runtime cannot do it
     */
    public static <T> T require(Cluster cluster, Class<T> capability, String neededBy) {
        if (!capability.isInstance(cluster)) {
            throw new UnsupportedOperationException(neededBy + " needs a runtime that is " + capability.getSimpleName()
                    + ", and " + cluster.getClass().getSimpleName() + " is not");
        }
        return capability.cast(cluster);
    }

    /** Whether {@code cluster} can do it; a nemesis can skip a fault the runtime lacks, and say so. */
    public static boolean has(Cluster cluster, Class<?> capability) {
        return capability.isInstance(cluster);
    }
}
