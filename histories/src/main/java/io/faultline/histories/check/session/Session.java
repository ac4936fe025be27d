package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One session (one process) as the session-guarantee analysis follows it: its latest write of each key (the
 * read-your-writes floor), the floors of what it observed (monotonic reads), and the floors it inherited by
 * observing other sessions' writes (monotonic writes, writes-follow-reads).
 */
final class Session {
    final long process;
    private final SnapshotMap<Object, Floor> latestWrites = new SnapshotMap<>();
    private final SnapshotMap<Object, Floors> observed = new SnapshotMap<>();
    private final Map<Object, Floors> writeOrder = new HashMap<>();
    private final Map<Object, Floors> readsBeforeWrites = new HashMap<>();
    // the snapshots last inherited from each writer: observing more writes of the same context adds nothing
    private final Map<Session, Map<Object, Floor>> inheritedWrites = new IdentityHashMap<>();
    private final Map<Session, Map<Object, Floors>> inheritedReads = new IdentityHashMap<>();

    Session(long process) {
        this.process = process;
    }

    Floor latestWrite(Object key) {
        return latestWrites.get(key);
    }

    Floors observed(Object key) {
        return observed.getOrDefault(key, Floors.NONE);
    }

    Floors writeOrder(Object key) {
        return writeOrder.getOrDefault(key, Floors.NONE);
    }

    Floors readsBeforeWrites(Object key) {
        return readsBeforeWrites.getOrDefault(key, Floors.NONE);
    }

    /** The session's write of {@code key} succeeded. */
    void wrote(Object key, Call write, int node) {
        latestWrites.put(key, new Floor(node, false, Floor.Reason.OWN_WRITE, List.of(write), false));
    }

    /**
     * The session observed version {@code node} of {@code key} with {@code read}; {@code fromTheFuture} when the
     * version's write began after the read ended (such a floor never stands in for the floors below it: the edges
     * into writes this session invokes next must still come from them, since this one points backwards).
     */
    void saw(Object key, Call read, int node, VersionGraph graph, boolean fromTheFuture) {
        Floor f = new Floor(node, false, Floor.Reason.EARLIER_READ, List.of(read), fromTheFuture);
        observed.put(key, observed(key).with(f, graph));
    }

    /** The versions known to precede a write of {@code key} the session invokes now. */
    int[] predecessorsOfWrite(Object key) {
        Floor own = latestWrites.get(key);
        IntStream seen = observed(key).list().stream().mapToInt(Floor::node);
        return own == null ? seen.toArray() : IntStream.concat(IntStream.of(own.node()), seen).toArray();
    }

    /** What a write the session invokes now inherits to its readers. */
    WriteContext context() {
        return new WriteContext(this, latestWrites.snapshot(), observed.snapshot());
    }

    /** The session read {@code w2} (of {@code key}) with {@code read}; w2 was invoked in {@code ctx}. */
    void inherit(WriteContext ctx, Object key, Call w2, Call read, Versions versions) {
        if (inheritedWrites.put(ctx.writer(), ctx.latestWrites()) != ctx.latestWrites()) {
            ctx.latestWrites().forEach((k1, w1) -> raise(writeOrder, k1, versions.graph(k1), new Floor(w1.node(),
                    k1.equals(key), Floor.Reason.WRITE_ORDER, List.of(w1.because().get(0), w2, read), false)));
        }
        if (inheritedReads.put(ctx.writer(), ctx.reads()) != ctx.reads()) {
            ctx.reads().forEach((k1, floors) -> floors.list().forEach(r -> raise(readsBeforeWrites, k1,
                    versions.graph(k1), new Floor(r.node(), false, Floor.Reason.READ_BEFORE_WRITE,
                            List.of(r.because().get(0), w2, read), false))));
        }
    }

    private static void raise(Map<Object, Floors> floors, Object key, VersionGraph graph, Floor f) {
        floors.put(key, floors.getOrDefault(key, Floors.NONE).with(f, graph));
    }
}
