package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import java.util.List;

/**
 * A lower bound on what a session may still observe of one key: a later read must not return a version known
 * to precede {@code node} (nor {@code node} itself when {@code inclusive}). Each session guarantee is a set of
 * such floors, raised by what the session did and saw.
 *
 * @param node      the version, in the key's {@link VersionGraph}
 * @param inclusive whether returning the version itself also breaks the guarantee
 * @param reason    why the floor is there, for the anomaly's description
 * @param because   the calls that raised it, in the order {@link Reason} describes them
 * @param fromTheFuture whether the version's write began after the read that raised the floor ended
 */
record Floor(int node, boolean inclusive, Reason reason, List<Call> because, boolean fromTheFuture) {

    /** Why a floor is there. */
    enum Reason {
        /** because = [the session's own write] */
        OWN_WRITE,
        /** because = [the session's earlier read] */
        EARLIER_READ,
        /** because = [w1, w2 (same writer, after w1), the session's read of w2] */
        WRITE_ORDER,
        /** because = [the writer's read, w2 (written after that read), the session's read of w2] */
        READ_BEFORE_WRITE
    }

    /** Whether a read that returned version {@code x} breaks this floor. */
    boolean violatedBy(int x, VersionGraph graph) {
        return (inclusive && x == node) || graph.before(x, node);
    }

    /**
     * Whether every version that breaks {@code other} also breaks this floor, so that other adds nothing. A floor
     * from the future covers nothing: a session's floors are also the edges into its next writes, and an edge
     * from it is dropped (it points backwards), so the floors it would hide must stay.
     */
    boolean covers(Floor other, VersionGraph graph) {
        if (fromTheFuture) {
            return false;
        }
        if (other.node == node) {
            return inclusive || !other.inclusive;
        }
        return graph.before(other.node, node);
    }
}
