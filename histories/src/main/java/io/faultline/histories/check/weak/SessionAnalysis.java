package io.faultline.histories.check.weak;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.model.Values;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a history, in line order, that checks all four session guarantees. At a write's invocation the
 * write's version gets its "known before" edges (its session's previous write of the key and the versions it
 * had read; for a cas also its expected value) and remembers its session's context; at an ok read's completion
 * the read is checked against its session's floors, then raises them. Each read is processed once, against a
 * handful of floors, so the pass is near-linear in the history (see {@link VersionGraph} for queries).
 */
final class SessionAnalysis {
    private static final int POLL_EVERY = 4096;

    private final History history;
    private final WriteIndex index;
    private final Versions versions;
    private final Map<Long, Session> sessions = new HashMap<>();
    private final WriteContext[] contexts;
    private final Map<SessionGuarantee, CappedAnomalies> violations = new EnumMap<>(SessionGuarantee.class);
    private int observations;
    private int ambiguous;

    SessionAnalysis(History history, Object initialValue) {
        this.history = history;
        this.index = WriteIndex.of(history, initialValue);
        this.versions = Versions.of(history, index);
        this.contexts = new WriteContext[history.calls().size()];
        for (SessionGuarantee g : SessionGuarantee.values()) {
            violations.put(g, new CappedAnomalies());
        }
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
        if (RegisterCalls.observes(c)) {
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
        check(SessionGuarantee.READ_YOUR_WRITES, read, x, own != null && own.violatedBy(x, graph) ? own : null);
        check(SessionGuarantee.MONOTONIC_READS, read, x, q.observed(key).violatedBy(x, graph));
        check(SessionGuarantee.MONOTONIC_WRITES, read, x, q.writeOrder(key).violatedBy(x, graph));
        check(SessionGuarantee.WRITES_FOLLOW_READS, read, x, q.readsBeforeWrites(key).violatedBy(x, graph));
        q.saw(key, read, x, graph);
        if (source instanceof ValueSource.Written w && contexts[w.write().id()] != null) {
            WriteContext ctx = contexts[w.write().id()];
            if (ctx.writer() != q) {
                // a session's own writes and reads are covered by read-your-writes and monotonic reads
                q.inherit(ctx, key, w.write(), read, versions);
            }
        }
    }

    private void check(SessionGuarantee g, Call read, int x, Floor broken) {
        if (broken != null) {
            violations.get(g).add(SessionExplain.anomaly(g, read, x, broken));
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
