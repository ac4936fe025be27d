package io.faultline.kv.testing;

import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.Storage;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Grudge;
import io.faultline.sim.ClientCall;
import io.faultline.sim.Latency;
import io.faultline.sim.SimCluster;
import io.faultline.sim.SimConfig;
import io.faultline.sim.SimRuntime;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * A simulated cluster in the words of the protocol tests: cut a side off, deliver everything, fire a node's
 * timer, send a request and look at its reply later. Every call goes to the one {@link SimCluster} it wraps:
 * its event loop, its network. Every message crosses the JSON codec, so the tests also prove the wire format.
 */
public final class ScriptedCluster {

    /** Every message arrives at once, in send order. */
    public static final Latency ZERO = Latency.constant(0);
    private static final long MILLIS = 1_000_000L;
    /** The default on every link, uniform on [0, 2 ms]: jitter reorders messages, differently for each seed. */
    private static final Latency LAN = Latency.uniform(0, 2 * MILLIS);
    /** Far beyond any test's horizon: tests assert on replies, and a node's own timeouts answer with an error. */
    private static final long CLIENT_TIMEOUT_NANOS = 3_600_000 * MILLIS;

    private final SimCluster sim;
    private int nextClient = 1;

    private ScriptedCluster(SimCluster sim) {
        this.sim = sim;
    }

    public static ScriptedCluster start(ClusterSpec spec, long seed) {
        return start(spec, seed, LAN);
    }

    public static ScriptedCluster start(ClusterSpec spec, long seed, Latency latency) {
        SimConfig config = SimConfig.defaults(seed).withNodeLatency(latency).withClientLatency(latency)
                .withSerialization(true);
        return new ScriptedCluster(new SimRuntime(config).start(spec));
    }

    /** A spec change that switches on the named bugs. */
    public static UnaryOperator<ClusterSpec> bugs(String... names) {
        return spec -> {
            for (String name : names) {
                spec = spec.withBug(name);
            }
            return spec;
        };
    }

    public List<String> ids() {
        return sim.nodes();
    }

    /** The node object of {@code id}'s current life, for white-box assertions. */
    public Node node(String id) {
        return sim.nodeObject(id).orElseThrow(() -> new IllegalStateException(id + " is down"));
    }

    public Storage storage(String id) {
        return sim.storage(id);
    }

    public long nowNanos() {
        return sim.loop().now();
    }

    /** Sends {@code request} to {@code node} from a fresh client, so that no two requests share a client. */
    public ClientCall send(String node, Message request) {
        return ClientCall.send(sim.client("c" + nextClient++), node, request, CLIENT_TIMEOUT_NANOS);
    }

    // ---- faults: partition and cut add to what is cut already; heal lifts every cut ----------------------------

    /** Cuts both directions between {@code side} and every other node; clients still reach everyone. */
    public void partition(Set<String> side) {
        List<String> rest = ids().stream().filter(id -> !side.contains(id)).toList();
        addCuts(Grudge.components(List.of(List.copyOf(side), rest)));
    }

    /** Cuts the one direction {@code from} → {@code to}; the other keeps working. */
    public void cut(String from, String to) {
        addCuts(Grudge.oneWay(from, to));
    }

    public void heal() {
        sim.net().heal();
    }

    /** Discards the node object and every write it did not sync; its pending timers die with it. */
    public void crash(String id) {
        sim.kill(id);
    }

    public void start(String id) {
        sim.start(id);
    }

    /** {@code id}'s clock reads true time plus {@code offsetNanos} from now on, at the true rate. */
    public void skewClock(String id, long offsetNanos) {
        sim.skewClock(id, offsetNanos, 0);
    }

    // ---- time ----------------------------------------------------------------------------------------------

    /** Lets {@code nanos} of virtual time pass, every event firing when due. */
    public void runFor(long nanos) {
        sim.loop().runUntil(nowNanos() + nanos);
    }

    /** Lets time pass until the condition holds or {@code maxNanos} passed; returns the condition. */
    public boolean runUntil(BooleanSupplier condition, long maxNanos) {
        return sim.loop().runUntil(condition, nowNanos() + maxNanos);
    }

    /** Delivers every message in flight and all they cause; timers stay pending, time stands still. */
    public void deliverAll() {
        sim.deliverInFlight();
    }

    /** Fires at once {@code id}'s first-due pending timer whose tag is a {@code tagType}. */
    public void fire(String id, Class<?> tagType) {
        sim.fireTimer(id, tagType);
    }

    private void addCuts(Grudge more) {
        sim.net().partition(sim.net().grudge().union(more));
    }
}
