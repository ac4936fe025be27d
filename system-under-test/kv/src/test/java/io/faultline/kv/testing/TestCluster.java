package io.faultline.kv.testing;

import io.faultline.node.Envelope;
import io.faultline.node.MemoryStorage;
import io.faultline.node.Message;
import io.faultline.node.MessageCodec;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * A tiny deterministic cluster for protocol tests: virtual time, one seeded random source, a queue of
 * message deliveries and timers, one-way link cuts, crash (unsynced storage lost) and restart. Every
 * message goes through the system's {@link MessageCodec}, so tests also prove the wire format.
 *
 * <p>Tests drive it step by step ({@link #fire}, {@link #deliverAll}) or let time run ({@link #runFor}).
 */
public final class TestCluster {

    /** One node slot: survives crashes; the node object does not. */
    static final class Member {
        private final String id;
        final MemoryStorage storage = new MemoryStorage();
        final SplittableRandom random;
        long clockOffsetNanos;
        long nextMsgId;
        /** Counts the node's lives, so a timer set before a crash never fires in the next life. */
        int life;
        Node node;
        boolean up;

        Member(String id, long seed) {
            this.id = id;
            this.random = new SplittableRandom(seed);
        }

        String id() {
            return id;
        }
    }

    private record Event(long atNanos, long seq, Member timerOwner, int life, long timerId, Object tag,
                         Envelope message) {
    }

    private final NodeFactory factory;
    private final UnaryOperator<NodeConfig> configure;
    private final MessageCodec codec;
    private final SplittableRandom random;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final PriorityQueue<Event> events = new PriorityQueue<>(
            (a, b) -> a.atNanos != b.atNanos ? Long.compare(a.atNanos, b.atNanos) : Long.compare(a.seq, b.seq));
    private final Set<Long> cancelledTimers = new HashSet<>();
    private final Set<String> cutLinks = new HashSet<>();
    private final List<String> logLines = new ArrayList<>();
    private final TestClients clients = new TestClients(this);
    private long nowNanos;
    private long seq;
    private long maxLatencyNanos = 2_000_000;

    public TestCluster(NodeFactory factory, List<String> ids, long seed, UnaryOperator<NodeConfig> configure) {
        this.factory = factory;
        this.configure = configure;
        this.codec = new MessageCodec(factory.messages());
        this.random = new SplittableRandom(seed);
        for (String id : ids) {
            members.put(id, new Member(id, random.nextLong()));
        }
        members.keySet().forEach(this::start);
    }

    public static TestCluster of(NodeFactory factory, int size, long seed) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            ids.add("n" + i);
        }
        return new TestCluster(factory, ids, seed, config -> config);
    }

    public Node node(String id) {
        return members.get(id).node;
    }

    public List<String> ids() {
        return List.copyOf(members.keySet());
    }

    List<String> peersOf(String id) {
        return members.keySet().stream().filter(other -> !other.equals(id)).toList();
    }

    public long nowNanos() {
        return nowNanos;
    }

    public TestClients clients() {
        return clients;
    }

    public MemoryStorage storage(String id) {
        return members.get(id).storage;
    }

    /** Delivery latencies are drawn from [0, max]; 0 makes every message arrive in send order. */
    public void setMaxLatencyNanos(long nanos) {
        this.maxLatencyNanos = nanos;
    }

    public void skewClock(String id, long offsetNanos) {
        members.get(id).clockOffsetNanos = offsetNanos;
    }

    // ---- faults -------------------------------------------------------------------------------

    /** Cuts both directions between {@code side} and every other node. */
    public void partition(Set<String> side) {
        for (String a : side) {
            for (String b : members.keySet()) {
                if (!side.contains(b)) {
                    cutLinks.add(a + ">" + b);
                    cutLinks.add(b + ">" + a);
                }
            }
        }
    }

    /** Cuts the one direction {@code from} → {@code to}; the other keeps working. */
    public void cut(String from, String to) {
        cutLinks.add(from + ">" + to);
    }

    public void heal() {
        cutLinks.clear();
    }

    /** Discards the node object and every write it did not sync; pending timers die with it. */
    public void crash(String id) {
        Member member = members.get(id);
        member.up = false;
        member.node = null;
        member.storage.loseUnsynced();
    }

    public void start(String id) {
        Member member = members.get(id);
        NodeConfig config = configure.apply(NodeConfig.of(id, ids()));
        factory.requireKnownBugs(config);
        member.node = factory.create(config);
        member.up = true;
        member.life++;
        member.node.onStart(new TestContext(this, member, null));
    }

    // ---- events -------------------------------------------------------------------------------

    void enqueue(Envelope envelope) {
        Envelope wire = codec.roundTrip(envelope);
        long latency = maxLatencyNanos == 0 ? 0 : random.nextLong(maxLatencyNanos + 1);
        events.add(new Event(nowNanos + latency, seq++, null, 0, -1, null, wire));
    }

    long schedule(Member owner, long afterNanos, Object tag) {
        long timerId = seq++;
        events.add(new Event(nowNanos + afterNanos, timerId, owner, owner.life, timerId, tag, null));
        return timerId;
    }

    void cancel(long timerId) {
        cancelledTimers.add(timerId);
    }

    void log(String line) {
        logLines.add(nowNanos + " " + line);
    }

    /** Processes events in time order until {@code nanos} of virtual time have passed. */
    public void runFor(long nanos) {
        runUntil(() -> false, nanos);
    }

    /** Processes events until the condition holds or {@code maxNanos} passed; returns the condition. */
    public boolean runUntil(BooleanSupplier condition, long maxNanos) {
        long end = nowNanos + maxNanos;
        while (!condition.getAsBoolean()) {
            Event next = events.peek();
            if (next == null || next.atNanos > end) {
                nowNanos = end;
                return condition.getAsBoolean();
            }
            events.poll();
            nowNanos = Math.max(nowNanos, next.atNanos);
            process(next);
        }
        return true;
    }

    /** Delivers queued messages (timers stay pending, time stands still) until none is left. */
    public void deliverAll() {
        List<Event> timers = new ArrayList<>();
        Event next;
        while ((next = events.poll()) != null) {
            if (next.message == null) {
                timers.add(next);
            } else {
                process(next);
            }
        }
        events.addAll(timers);
    }

    /** Fires at once the first pending timer of {@code id} whose tag is a {@code tagType}. */
    public void fire(String id, Class<?> tagType) {
        Event timer = events.stream()
                .filter(e -> e.timerOwner == members.get(id) && e.life == e.timerOwner.life
                        && tagType.isInstance(e.tag) && !cancelledTimers.contains(e.timerId))
                .min((a, b) -> Long.compare(a.atNanos, b.atNanos))
                .orElseThrow(() -> new AssertionError(id + " has no pending " + tagType.getSimpleName()));
        events.remove(timer);
        process(timer);
    }

    private void process(Event event) {
        if (event.message == null) {
            fireTimer(event);
        } else {
            deliver(event.message);
        }
    }

    private void fireTimer(Event event) {
        if (cancelledTimers.remove(event.timerId) || !event.timerOwner.up || event.life != event.timerOwner.life) {
            return;
        }
        Member owner = event.timerOwner;
        owner.node.onTimer(new TestContext(this, owner, null), event.tag);
    }

    private void deliver(Envelope envelope) {
        if (cutLinks.contains(envelope.src() + ">" + envelope.dest())) {
            return;
        }
        Member dest = members.get(envelope.dest());
        if (dest == null) {
            clients.receive(envelope);
        } else if (dest.up) {
            dest.node.onMessage(new TestContext(this, dest, envelope), envelope.src(), envelope.body());
        }
    }

    /** Sends a client request into the network, as a client would. */
    void sendFromClient(String client, String to, long msgId, Message body) {
        enqueue(new Envelope(client, to, msgId, Envelope.NO_ID, body));
    }
}
