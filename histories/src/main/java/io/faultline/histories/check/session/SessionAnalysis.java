package io.faultline.histories.check.session;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.check.CappedAnomalies;
import io.faultline.histories.check.register.Conventions;
import io.faultline.histories.check.register.ReadValidity;
import io.faultline.histories.check.register.RegisterCalls;
import io.faultline.histories.check.register.ValueSource;
import io.faultline.histories.check.register.WriteIndex;
import io.faultline.histories.model.Values;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a history, in line order, that checks all four session guarantees. At a write's invocation the
 * write's version gets its "known before" edges (its session's previous write of the key and the versions it
 * had read; for a cas also its expected value) and remembers its session's context; at an ok read's completion
 * the read is checked against its session's floors, then raises them. Each read is processed once, against a
 * handful of floors, so the pass is near-linear in the history (see {@link VersionGraph} for queries). Reads are
 * judged after the pass, against the whole graph: an edge into a write invoked later can still order two versions
 * a read's verdict depends on.
 */
final class SessionAnalysis {
    private static final int POLL_EVERY = 4096;

    private final History history;
    private final WriteIndex index;
    private final Versions versions;
    private final Map<Long, Session> sessions = new HashMap<>();
    private final WriteContext[] contexts;
    private final Map<SessionGuarantee, CappedAnomalies> violations = new EnumMap<>(SessionGuarantee.class);
    private final List<Pending> checks = new ArrayList<>();
    private int observations;
    private int ambiguous;

    SessionAnalysis(History history, Conventions conventions) {
        this.history = history;
        this.index = WriteIndex.of(history, conventions);
        this.versions = Versions.of(history, index);
        this.contexts = new WriteContext[history.calls().size()];
        for (SessionGuarantee g : SessionGuarantee.values()) {
            violations.put(g, new CappedAnomalies());
        }
    }

    WriteIndex index() {
        return index;
    }

    Versions versions() {
        return versions;
    }

    SessionFindings run(long deadlineNanos) {
        Call[] callAtLine = callsByLine();
        boolean finished = true;
        for (int line = 0; line < callAtLine.length && finished; line++) {
            Call c = callAtLine[line];
            if (c != null && c.invokeIndex() == line) {
                invoked(c);
            } else if (c != null) {
                completed(c);
            }
            finished = line % POLL_EVERY != 0 || System.nanoTime() - deadlineNanos < 0;
        }
        judgeAll();
        return new SessionFindings(violations, ReadValidity.anomalies(history, index), sessions.size(),
                observations, ambiguous, index.otherKeys(), versions.droppedEdges(), finished);
    }

    private Call[] callsByLine() {
        Call[] atLine = new Call[history.size()];
        for (Call c : history.calls()) {
            if (index.isRegisterKey(RegisterCalls.key(c))) {
                atLine[(int) c.invokeIndex()] = c;
                if (c.completeIndex() >= 0) {
                    atLine[(int) c.completeIndex()] = c;
                }
            }
        }
        return atLine;
    }

    private void invoked(Call c) {
        int node = RegisterCalls.isWrite(c) ? versions.node(c) : -1;
        if (node < 0) {
            return;
        }
        Object key = RegisterCalls.key(c);
        Session s = session(c);
        int[] preds = s.predecessorsOfWrite(key);
        if (RegisterCalls.isCas(c)) {
            int expected = versions.node(index.source(key, Values.canonical(((List<?>) c.input()).get(0))));
            preds = expected < 0 ? preds : append(preds, expected);
        }
        versions.graph(key).setPredecessors(node, preds);
        contexts[c.id()] = s.context();
    }

    private void completed(Call c) {
        if (!c.isOk()) {
            return;
        }
        Object key = RegisterCalls.key(c);
        if (index.observes(c)) {
            observe(session(c), c, key, RegisterCalls.observedValue(c));
        }
        if (RegisterCalls.isWrite(c)) {
            session(c).wrote(key, c, versions.node(c));
        }
    }

    private void observe(Session q, Call read, Object key, Object value) {
        ValueSource source = index.source(key, value);
        int x = versions.node(source);
        if (x < 0) {
            ambiguous += source instanceof ValueSource.Ambiguous ? 1 : 0;
            return;
        }
        observations++;
        VersionGraph graph = versions.graph(key);
        Floor own = q.latestWrite(key);
        checks.add(new Pending(read, x, graph, own == null ? Floors.NONE : Floors.NONE.with(own, graph),
                q.observed(key), q.writeOrder(key), q.readsBeforeWrites(key)));
        q.saw(key, read, x, graph, isFromTheFuture(source, read));
        if (source instanceof ValueSource.Written w && contexts[w.write().id()] != null) {
            WriteContext ctx = contexts[w.write().id()];
            if (ctx.writer() != q) {
                // a session's own writes and reads are covered by read-your-writes and monotonic reads
                q.inherit(ctx, key, w.write(), read, versions);
            }
        }
    }

    /** A read returned a value whose write began after the read ended: allowed, but it orders nothing. */
    private static boolean isFromTheFuture(ValueSource source, Call read) {
        return source instanceof ValueSource.Written w && w.write().invokeIndex() > read.completeIndex();
    }

    /**
     * Judges every read against the floors it had, once every write's edges are in: a read's floors are fixed when
     * it completes, but whether its version is known to precede one of them may rest on writes invoked later.
     */
    private void judgeAll() {
        for (Pending p : checks) {
            p.judge(SessionGuarantee.READ_YOUR_WRITES, p.own);
            p.judge(SessionGuarantee.MONOTONIC_READS, p.observed);
            p.judge(SessionGuarantee.MONOTONIC_WRITES, p.writeOrder);
            p.judge(SessionGuarantee.WRITES_FOLLOW_READS, p.readsBeforeWrites);
        }
    }

    /** A read, the version it returned and its floors when it completed, to be judged once the graph is whole. */
    private final class Pending {
        final Call read;
        final int x;
        final VersionGraph graph;
        final Floors own;
        final Floors observed;
        final Floors writeOrder;
        final Floors readsBeforeWrites;

        Pending(Call read, int x, VersionGraph graph, Floors own, Floors observed, Floors writeOrder,
                Floors readsBeforeWrites) {
            this.read = read;
            this.x = x;
            this.graph = graph;
            this.own = own;
            this.observed = observed;
            this.writeOrder = writeOrder;
            this.readsBeforeWrites = readsBeforeWrites;
        }

        void judge(SessionGuarantee g, Floors floors) {
            Floor broken = floors.violatedBy(x, graph);
            if (broken != null) {
                violations.get(g).add(SessionExplain.anomaly(g, read, x, broken));
            }
        }
    }

    private Session session(Call c) {
        return sessions.computeIfAbsent(c.process(), Session::new);
    }

    private static int[] append(int[] a, int v) {
        int[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = v;
        return out;
    }
}
