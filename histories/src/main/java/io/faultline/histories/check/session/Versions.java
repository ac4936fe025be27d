package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.register.ValueSource;
import io.faultline.histories.check.register.WriteIndex;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The versions of every register key: one {@link VersionGraph} per key, whose nodes are the key's writes that
 * may have happened (ok or unknown; failed writes did not happen), numbered in invocation order.
 */
final class Versions {
    private final Map<Object, VersionGraph> graphs = new HashMap<>();
    private final int[] nodeOfCall;

    private Versions(int calls) {
        nodeOfCall = new int[calls];
        Arrays.fill(nodeOfCall, -1);
    }

    static Versions of(History history, WriteIndex index) {
        Versions v = new Versions(history.calls().size());
        for (Object key : index.registerKeys()) {
            int nodes = 0;
            for (Call w : index.writes(key)) {
                if (!w.isFail()) {
                    v.nodeOfCall[w.id()] = ++nodes;
                }
            }
            v.graphs.put(key, new VersionGraph(nodes));
        }
        return v;
    }

    VersionGraph graph(Object key) {
        return graphs.get(key);
    }

    /** The version a write created, or -1 for a call that created none. */
    int node(Call write) {
        return nodeOfCall[write.id()];
    }

    /** The version a value came from, or -1 when it cannot be told (ambiguous) or is no version (unwritten). */
    int node(ValueSource source) {
        if (source instanceof ValueSource.Initial) {
            return VersionGraph.INITIAL;
        }
        return source instanceof ValueSource.Written w ? node(w.write()) : -1;
    }

    int droppedEdges() {
        return graphs.values().stream().mapToInt(VersionGraph::droppedEdges).sum();
    }
}
