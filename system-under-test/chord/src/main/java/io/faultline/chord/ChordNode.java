package io.faultline.chord;

import io.faultline.chord.ChordMessages.Entry;
import io.faultline.chord.ChordMessages.GetPredecessor;
import io.faultline.chord.ChordMessages.Lookup;
import io.faultline.chord.ChordMessages.LookupOk;
import io.faultline.chord.ChordMessages.NextHop;
import io.faultline.chord.ChordMessages.NextHopIs;
import io.faultline.chord.ChordMessages.Notify;
import io.faultline.chord.ChordMessages.Ping;
import io.faultline.chord.ChordMessages.PredecessorIs;
import io.faultline.chord.ChordMessages.Pong;
import io.faultline.chord.ChordMessages.Store;
import io.faultline.chord.ChordMessages.StoreOk;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One Chord node (Stoica et al., SIGCOMM 2001), sans-I/O.
 *
 * <p>Ring maintenance follows Fig. 6: {@code stabilize}, {@code notify}, {@code fix_fingers} and
 * {@code check_predecessor} run on timers; the successor list of §5.2 replaces a dead successor.
 * {@code find_successor} (Fig. 5) is iterative: the asking node walks {@code closest_preceding_node} answers
 * (over fingers and the successor list) and skips nodes that time out. Ring state is soft and volatile: after a
 * crash the node joins again through its peers. Keys live in memory on their owner and its next k − 1
 * successors; a write is acknowledged once all of those stored it.
 */
public final class ChordNode implements Node {

    record Stabilize() { }
    record FixFingers() { }
    record CheckPredecessor() { }
    record Replicate() { }
    record JoinTick() { }
    record RpcTimeout(long msgId) { }

    private record Pending(BiConsumer<Context, Message> onReply, Consumer<Context> onTimeout, long timerId) { }

    record Versioned(Object value, long counter, String writer) {
        boolean olderThan(long otherCounter, String otherWriter) {
            return counter < otherCounter || (counter == otherCounter && writer.compareTo(otherWriter) < 0);
        }
    }

    /** The outcome of a lookup. */
    record Found(String owner, int hops) { }

    private static final String MEMBER_KEY = "chord/member";

    private final NodeConfig nodeConfig;
    private final ChordConfig config;
    private final String self;
    private final BigInteger selfId;
    private final Map<String, BigInteger> ids = new HashMap<>();

    private boolean joined;
    private boolean wasMember;
    private int joinAttempt;
    private boolean joining;
    private String predecessor;
    private List<String> successors = new ArrayList<>();
    private final String[] fingers = new String[ChordId.BITS];
    private int nextFinger;
    private boolean stabilizing;
    private final Map<Object, Versioned> store = new LinkedHashMap<>();
    private final Map<Long, Pending> pending = new HashMap<>();

    private long lookupsDone;
    private long lookupHops;
    private long lookupsFailed;

    public ChordNode(NodeConfig nodeConfig) {
        this.nodeConfig = nodeConfig;
        this.config = ChordConfig.from(nodeConfig);
        this.self = nodeConfig.id();
        this.selfId = id(self);
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void onStart(Context ctx) {
        wasMember = ctx.storage().getString(MEMBER_KEY).isPresent();
        if (self.equals(config.bootstrap()) && !wasMember) {
            create(ctx);
        } else {
            ctx.setTimer(0, new JoinTick());
        }
        ctx.setTimer(jitter(ctx, config.stabilizeMs()), new Stabilize());
        ctx.setTimer(jitter(ctx, config.fixFingersMs()), new FixFingers());
        ctx.setTimer(jitter(ctx, config.checkPredecessorMs()), new CheckPredecessor());
        ctx.setTimer(jitter(ctx, config.replicateMs()), new Replicate());
    }

    /** Fig. 6 create(): predecessor = nil, successor = n. */
    private void create(Context ctx) {
        joined = true;
        predecessor = null;
        successors = new ArrayList<>();
        remember(ctx);
        ctx.log("created the ring");
    }

    private void remember(Context ctx) {
        wasMember = true;
        ctx.storage().putString(MEMBER_KEY, "true");
        ctx.storage().sync();
    }

    /**
     * Fig. 6 join(n'): successor = n'.find_successor(n). We ask for the successor of n + 1 while avoiding n, so
     * that a restarted node is not told that it is its own successor by nodes that still point at it.
     */
    private void join(Context ctx) {
        List<String> candidates = new ArrayList<>();
        candidates.add(config.bootstrap());
        candidates.addAll(ctx.peers());
        candidates.remove(self);
        List<String> order = candidates.stream().distinct().toList();
        if (order.isEmpty()) {
            create(ctx);
            return;
        }
        if (wasMember && self.equals(config.bootstrap()) && joinAttempt >= order.size()) {
            create(ctx); // nobody answered a whole round: we are the only survivor
            return;
        }
        String via = order.get(joinAttempt % order.size());
        joinAttempt++;
        joining = true;
        BigInteger target = selfId.add(BigInteger.ONE).mod(ChordId.RING);
        lookup(ctx, target, via, found -> {
            joining = false;
            if (joined || found.owner().equals(self)) {
                return;
            }
            joined = true;
            successors = new ArrayList<>(List.of(found.owner()));
            fingers[0] = found.owner();
            remember(ctx);
            ctx.log("joined through " + via + ", successor " + found.owner());
            ctx.send(found.owner(), new Notify(self));
        }, c -> joining = false);
    }

    @Override
    public void onTimer(Context ctx, Object tag) {
        switch (tag) {
            case RpcTimeout timeout -> {
                Pending p = pending.remove(timeout.msgId());
                if (p != null) {
                    p.onTimeout().accept(ctx);
                }
            }
            case JoinTick ignored -> {
                if (!joined) {
                    if (!joining) {
                        join(ctx);
                    }
                    ctx.setTimer(config.joinRetryMs() * 1_000_000L, new JoinTick());
                }
            }
            case Stabilize ignored -> {
                stabilize(ctx);
                ctx.setTimer(config.stabilizeMs() * 1_000_000L, new Stabilize());
            }
            case FixFingers ignored -> {
                fixFingers(ctx);
                ctx.setTimer(config.fixFingersMs() * 1_000_000L, new FixFingers());
            }
            case CheckPredecessor ignored -> {
                checkPredecessor(ctx);
                ctx.setTimer(config.checkPredecessorMs() * 1_000_000L, new CheckPredecessor());
            }
            case Replicate ignored -> {
                replicate(ctx);
                ctx.setTimer(config.replicateMs() * 1_000_000L, new Replicate());
            }
            default -> ctx.log("unknown timer " + tag);
        }
    }

    // ---------------------------------------------------------------- messages

    @Override
    public void onMessage(Context ctx, String from, Message message) {
        if (isReply(message)) {
            Pending p = pending.remove(ctx.inReplyTo());
            if (p != null) {
                ctx.cancelTimer(p.timerId());
                p.onReply().accept(ctx, message);
            }
            return;
        }
        switch (message) {
            case NextHop hop -> {
                if (joined) {
                    Set<String> avoid = new HashSet<>(hop.avoid());
                    NextHopIs answer = nextHop(ChordId.parse(hop.target()), avoid);
                    ctx.reply(answer);
                }
            }
            case GetPredecessor ignored -> {
                if (joined) {
                    ctx.reply(new PredecessorIs(predecessor == null ? "" : predecessor, List.copyOf(successors)));
                }
            }
            case Notify notify -> onNotify(ctx, notify.node());
            case Ping ignored -> ctx.reply(new Pong());
            case Store s -> {
                for (Entry entry : s.entries()) {
                    merge(entry);
                }
                if (s.ack()) {
                    ctx.reply(new StoreOk());
                }
            }
            case Lookup l -> {
                ReplyTo client = ctx.replyTo();
                if (!joined) {
                    ctx.reply(unavailable("not yet in the ring"));
                    return;
                }
                lookup(ctx, ChordId.ofKey(l.key()), null,
                        found -> ctx.reply(client, new LookupOk(found.owner(), found.hops())),
                        c -> c.reply(client, unavailable("lookup failed")));
            }
            case Read r -> onClientRequest(ctx, from, message, r.key());
            case Write w -> onClientRequest(ctx, from, message, w.key());
            case Cas c -> onClientRequest(ctx, from, message, c.key());
            default -> ctx.log("ignoring unexpected " + message.getClass().getSimpleName() + " from " + from);
        }
    }

    private static boolean isReply(Message m) {
        return m instanceof NextHopIs || m instanceof PredecessorIs || m instanceof Pong || m instanceof StoreOk
                || m instanceof ReadOk || m instanceof WriteOk || m instanceof CasOk || m instanceof ErrorReply
                || m instanceof LookupOk;
    }

    private void rpc(Context ctx, String to, Message body, long timeoutMs, BiConsumer<Context, Message> onReply,
                     Consumer<Context> onTimeout) {
        long msgId = ctx.send(to, body);
        long timerId = ctx.setTimer(timeoutMs * 1_000_000L, new RpcTimeout(msgId));
        pending.put(msgId, new Pending(onReply, onTimeout, timerId));
    }

    // ---------------------------------------------------------------- routing (Fig. 5)

    /** The local step of find_successor: done with the successor, or the closest preceding node to ask next. */
    private NextHopIs nextHop(BigInteger target, Set<String> avoid) {
        String successor = successors.stream().filter(s -> !avoid.contains(s)).findFirst().orElse(self);
        if (ChordId.inHalfOpen(target, selfId, id(successor))) {
            return new NextHopIs(true, successor);
        }
        String next = closestPrecedingNode(target, avoid);
        return next.equals(self) ? new NextHopIs(true, successor) : new NextHopIs(false, next);
    }

    /** Fig. 5 closest_preceding_node(id), over the finger table and the successor list (§5.2). */
    String closestPrecedingNode(BigInteger target, Set<String> avoid) {
        String best = self;
        BigInteger bestDistance = BigInteger.ZERO;
        List<String> candidates = new ArrayList<>(successors);
        String previous = null;
        for (String finger : fingers) {
            if (finger != null && !finger.equals(previous)) { // of 160 fingers only about log2 N differ
                candidates.add(finger);
                previous = finger;
            }
        }
        for (String c : candidates) {
            if (c.equals(self) || avoid.contains(c)) {
                continue;
            }
            BigInteger cid = id(c);
            if (ChordId.inOpen(cid, selfId, target)) {
                BigInteger d = ChordId.distance(selfId, cid);
                if (d.compareTo(bestDistance) > 0) {
                    best = c;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * Iterative find_successor(target): starts with our own tables (or at {@code startAt}), asks one node per
     * hop, and on a timeout suspects that node, adds it to the avoid list and starts again from our tables.
     */
    private void lookup(Context ctx, BigInteger target, String startAt, Consumer<Found> done, Consumer<Context> failed) {
        Set<String> avoid = new LinkedHashSet<>();
        if (startAt != null) {
            avoid.add(self);
        }
        new LookupRun(target, avoid, done, failed).start(ctx, startAt);
    }

    private final class LookupRun {
        private final BigInteger target;
        private final Set<String> avoid;
        private final Consumer<Found> done;
        private final Consumer<Context> failed;
        private int hops;
        private int steps;

        LookupRun(BigInteger target, Set<String> avoid, Consumer<Found> done, Consumer<Context> failed) {
            this.target = target;
            this.avoid = avoid;
            this.done = done;
            this.failed = failed;
        }

        void start(Context ctx, String startAt) {
            if (startAt != null) {
                ask(ctx, startAt);
                return;
            }
            NextHopIs local = nextHop(target, avoid);
            if (local.done()) {
                finish(local.node());
            } else {
                ask(ctx, local.node());
            }
        }

        private void ask(Context ctx, String node) {
            if (++steps > config.maxLookupSteps()) {
                lookupsFailed++;
                failed.accept(ctx);
                return;
            }
            rpc(ctx, node, new NextHop(ChordId.hex(target), List.copyOf(avoid)), config.rpcTimeoutMs(), (c, reply) -> {
                hops++;
                NextHopIs answer = (NextHopIs) reply;
                if (answer.done()) {
                    finish(answer.node());
                } else {
                    ask(c, answer.node());
                }
            }, c -> {
                avoid.add(node);
                suspect(node);
                if (joined) {
                    start(c, null);
                } else {
                    lookupsFailed++;
                    failed.accept(c);
                }
            });
        }

        private void finish(String owner) {
            lookupsDone++;
            lookupHops += hops;
            done.accept(new Found(owner, hops));
        }
    }

    /** Forgets a node that did not answer: out of the successor list, the fingers and the predecessor. */
    private void suspect(String node) {
        successors.remove(node);
        for (int i = 0; i < fingers.length; i++) {
            if (node.equals(fingers[i])) {
                fingers[i] = null;
            }
        }
        if (node.equals(predecessor)) {
            predecessor = null;
        }
    }

    // ---------------------------------------------------------------- maintenance (Fig. 6, §5.2)

    /** Fig. 6 stabilize(), with the successor list of §5.2: a dead successor is replaced by the next one. */
    private void stabilize(Context ctx) {
        if (!joined || stabilizing) {
            return;
        }
        if (successors.isEmpty()) {
            if (predecessor != null) {
                successors = new ArrayList<>(List.of(predecessor));
                ctx.send(predecessor, new Notify(self));
            }
            return;
        }
        String successor = successors.get(0);
        stabilizing = true;
        rpc(ctx, successor, new GetPredecessor(), config.rpcTimeoutMs(), (c, reply) -> {
            stabilizing = false;
            PredecessorIs answer = (PredecessorIs) reply;
            List<String> list = new ArrayList<>();
            String x = answer.predecessor();
            if (!x.isEmpty() && !x.equals(self) && ChordId.inOpen(id(x), selfId, id(successor))) {
                list.add(x);
            }
            list.add(successor);
            list.addAll(answer.successors());
            successors = trim(list);
            if (!successors.isEmpty()) {
                fingers[0] = successors.get(0);
                c.send(successors.get(0), new Notify(self));
            }
        }, c -> {
            stabilizing = false;
            suspect(successor);
            if (successors.isEmpty()) {
                String fallback = closestPrecedingNode(selfId, Set.of());
                if (!fallback.equals(self)) {
                    successors.add(fallback);
                } else if (predecessor != null) {
                    successors.add(predecessor);
                } else {
                    rejoin(c); // every node we knew is gone: join again through the peers (Fig. 6 join)
                }
            }
        });
    }

    private void rejoin(Context ctx) {
        ctx.log("lost every successor; joining again");
        joined = false;
        joinAttempt = 0;
        ctx.setTimer(config.joinRetryMs() * 1_000_000L, new JoinTick());
    }

    private List<String> trim(List<String> list) {
        List<String> result = new ArrayList<>();
        for (String s : list) {
            if (!s.isEmpty() && !s.equals(self) && !result.contains(s) && result.size() < config.successors()) {
                result.add(s);
            }
        }
        return result;
    }

    /** Fig. 6 notify(n'); a new predecessor receives the keys it now owns (§4.4), and our replicas with them. */
    private void onNotify(Context ctx, String candidate) {
        if (!joined || candidate.equals(self)) {
            return;
        }
        if (predecessor == null || ChordId.inOpen(id(candidate), id(predecessor), selfId)) {
            predecessor = candidate;
            if (successors.isEmpty()) {
                successors.add(candidate);
            }
            List<Entry> handoff = new ArrayList<>();
            BigInteger pid = id(candidate);
            store.forEach((key, v) -> {
                if (!ChordId.inHalfOpen(ChordId.ofKey(key), pid, selfId)) {
                    handoff.add(new Entry(key, v.value(), v.counter(), v.writer()));
                }
            });
            if (!handoff.isEmpty()) {
                ctx.send(candidate, new Store(handoff, false));
            }
        }
    }

    /** Fig. 6 fix_fingers(): one finger per tick; later fingers that the answer also covers are set with it. */
    private void fixFingers(Context ctx) {
        if (!joined || successors.isEmpty()) {
            return;
        }
        int i = nextFinger;
        nextFinger = (nextFinger + 1) % ChordId.BITS;
        lookup(ctx, ChordId.fingerStart(selfId, i), null, found -> {
            String owner = found.owner();
            BigInteger ownerId = id(owner);
            fingers[i] = owner.equals(self) ? null : owner;
            int j = i + 1;
            while (j < ChordId.BITS && ChordId.inHalfOpen(ChordId.fingerStart(selfId, j), selfId, ownerId)) {
                fingers[j] = fingers[i];
                j++;
            }
            if (j - 1 > i && j - 1 >= nextFinger) {
                nextFinger = j % ChordId.BITS;
            }
        }, c -> { });
    }

    /** Fig. 6 check_predecessor(). */
    private void checkPredecessor(Context ctx) {
        if (predecessor == null) {
            return;
        }
        String p = predecessor;
        rpc(ctx, p, new Ping(), config.rpcTimeoutMs(), (c, reply) -> { }, c -> {
            if (p.equals(predecessor)) {
                predecessor = null;
            }
        });
    }

    /** Replication maintenance (§5.2): the owner pushes its keys in (predecessor, n] to its next k − 1 successors. */
    private void replicate(Context ctx) {
        if (!joined || predecessor == null || store.isEmpty()) {
            return;
        }
        BigInteger pid = id(predecessor);
        List<Entry> mine = new ArrayList<>();
        store.forEach((key, v) -> {
            if (ChordId.inHalfOpen(ChordId.ofKey(key), pid, selfId)) {
                mine.add(new Entry(key, v.value(), v.counter(), v.writer()));
            }
        });
        if (!mine.isEmpty()) {
            for (String replica : replicaTargets()) {
                ctx.send(replica, new Store(mine, false));
            }
        }
    }

    private List<String> replicaTargets() {
        return successors.subList(0, Math.min(successors.size(), config.replicas() - 1));
    }

    private void merge(Entry entry) {
        Versioned current = store.get(entry.key());
        if (current == null || current.olderThan(entry.counter(), entry.writer())) {
            store.put(entry.key(), new Versioned(entry.value(), entry.counter(), entry.writer()));
        }
    }

    // ---------------------------------------------------------------- clients

    private void onClientRequest(Context ctx, String from, Message request, Object key) {
        ReplyTo client = ctx.replyTo();
        if (!joined) {
            ctx.reply(unavailable("not yet in the ring"));
            return;
        }
        if (nodeConfig.peers().contains(from)) {
            execute(ctx, client, request, key); // routed here by a peer: we are the owner, or say we are not
            return;
        }
        lookup(ctx, ChordId.ofKey(key), null, found -> {
            if (found.owner().equals(self)) {
                execute(ctx, client, request, key);
            } else {
                rpc(ctx, found.owner(), request, config.forwardTimeoutMs(), (c, reply) -> c.reply(client, reply),
                        c -> c.reply(client, ErrorReply.of(ErrorCode.TIMEOUT,
                                "no answer from owner " + found.owner() + "; the request may have taken effect")));
            }
        }, c -> c.reply(client, unavailable("lookup of the key's owner failed")));
    }

    private void execute(Context ctx, ReplyTo client, Message request, Object key) {
        if (predecessor != null && !ChordId.inHalfOpen(ChordId.ofKey(key), id(predecessor), selfId)) {
            ctx.reply(client, unavailable(self + " does not own key " + key));
            return;
        }
        Versioned current = store.get(key);
        switch (request) {
            case Read r -> ctx.reply(client, current == null
                    ? ErrorReply.of(ErrorCode.KEY_DOES_NOT_EXIST, "key does not exist: " + key)
                    : new ReadOk(current.value()));
            case Write w -> put(ctx, client, key, w.value(), current, new WriteOk());
            case Cas c -> {
                if (current == null) {
                    ctx.reply(client, ErrorReply.of(ErrorCode.KEY_DOES_NOT_EXIST, "key does not exist: " + key));
                } else if (!Objects.equals(current.value(), c.from())) {
                    ctx.reply(client, ErrorReply.of(ErrorCode.PRECONDITION_FAILED,
                            "expected " + c.from() + " but found " + current.value()));
                } else {
                    put(ctx, client, key, c.to(), current, new CasOk());
                }
            }
            default -> throw new IllegalStateException("not a lin-kv request: " + request);
        }
    }

    /** Stores a new version and acknowledges once every one of the next k − 1 successors stored it too. */
    private void put(Context ctx, ReplyTo client, Object key, Object value, Versioned current, Message ok) {
        Versioned next = new Versioned(value, current == null ? 1 : current.counter() + 1, self);
        store.put(key, next);
        List<String> targets = List.copyOf(replicaTargets());
        if (targets.isEmpty()) {
            ctx.reply(client, ok);
            return;
        }
        Entry entry = new Entry(key, value, next.counter(), self);
        int[] acks = {0};
        boolean[] answered = {false};
        for (String replica : targets) {
            rpc(ctx, replica, new Store(List.of(entry), true), config.rpcTimeoutMs(), (c, reply) -> {
                if (++acks[0] == targets.size() && !answered[0]) {
                    answered[0] = true;
                    c.reply(client, ok);
                }
            }, c -> {
                if (!answered[0]) {
                    answered[0] = true;
                    c.reply(client, ErrorReply.of(ErrorCode.TIMEOUT,
                            "replica " + replica + " did not acknowledge; the write may survive"));
                }
            });
        }
    }

    private static ErrorReply unavailable(String why) {
        return ErrorReply.of(ErrorCode.TEMPORARILY_UNAVAILABLE, why);
    }

    /**
     * Experiment hook, for the simulator only (docs/chord-experiments.md): makes this node a member with the
     * tables a converged ring gives it — predecessor, successor list (§5.2) and finger table, finger i being
     * successor(n + 2^i) (§4.2), {@link ChordId#BITS} entries — as an oracle of the whole membership computes
     * them, instead of reaching them by join and stabilization (as the paper's own simulator starts its §6
     * experiments). Call it before the node handles any event; from then on the node runs the normal protocol.
     */
    public void adoptConvergedTables(String predecessorName, List<String> successorList, List<String> fingerTable) {
        if (fingerTable.size() != ChordId.BITS) {
            throw new IllegalArgumentException("a finger table has " + ChordId.BITS + " entries, not " + fingerTable.size());
        }
        joined = true;
        predecessor = predecessorName.equals(self) ? null : predecessorName;
        successors = trim(successorList);
        for (int i = 0; i < ChordId.BITS; i++) {
            fingers[i] = fingerTable.get(i).equals(self) ? null : fingerTable.get(i);
        }
    }

    // ---------------------------------------------------------------- helpers and white-box views

    private BigInteger id(String name) {
        return ids.computeIfAbsent(name, ChordId::of);
    }

    private static long jitter(Context ctx, long periodMs) {
        return ctx.random().nextLong(periodMs * 1_000_000L) + 1;
    }

    public boolean joined() {
        return joined;
    }

    public Optional<String> successor() {
        return successors.isEmpty() ? Optional.empty() : Optional.of(successors.get(0));
    }

    public List<String> successorList() {
        return List.copyOf(successors);
    }

    public Optional<String> predecessor() {
        return Optional.ofNullable(predecessor);
    }

    public Optional<Object> storedValue(Object key) {
        return Optional.ofNullable(store.get(key)).map(Versioned::value);
    }

    public long lookupsDone() {
        return lookupsDone;
    }

    public long lookupHops() {
        return lookupHops;
    }

    public long lookupsFailed() {
        return lookupsFailed;
    }
}
