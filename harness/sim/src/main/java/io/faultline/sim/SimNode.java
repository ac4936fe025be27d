package io.faultline.sim;

import io.faultline.runtime.NodeDriver;
import io.faultline.runtime.Seeds;
import io.faultline.node.MemoryStorage;
import io.faultline.node.Message;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One simulated machine: the node object of its current life, plus what outlives a crash (its storage, its
 * clock, its address). A life ends with {@link #crash()}; {@link #boot()} begins the next with a fresh object
 * from the factory and a fresh random stream, over the synced storage.
 */
final class SimNode implements Endpoint, NodeDriver {

    private final String id;
    private final int index;
    private final NodeConfig config;
    private final NodeFactory factory;
    private final World world;
    private final MemoryStorage storage = new MemoryStorage();
    private final NodeClock clock = new NodeClock();
    private final SimContext ctx = new SimContext(this);
    // looked up and removed by id; iterated only by fireTimerEarly, whose pick does not depend on the order
    private final Map<Long, TimerFire> timers = new HashMap<>();
    private final List<SimEvent> deferredWhilePaused = new ArrayList<>();
    private Node node;
    private boolean paused;
    private int incarnation;
    private RandomGenerator random;
    private long nextMsgId = 1;
    private long nextTimerId = 1;

    SimNode(String id, int index, NodeConfig config, NodeFactory factory, World world) {
        this.id = id;
        this.index = index;
        this.config = config;
        this.factory = factory;
        this.world = world;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int index() {
        return index;
    }

    void boot() {
        if (node != null) {
            return;
        }
        incarnation++;
        random = Seeds.derive(world.seed(), "node:" + id + ":" + incarnation);
        node = factory.create(config);
        Node life = node;
        guard("onStart", () -> life.onStart(ctx));
    }

    void crash() {
        if (node == null) {
            return;
        }
        node = null;
        paused = false;
        incarnation++;
        timers.clear();
        deferredWhilePaused.clear();
        storage.loseUnsynced();
    }

    @Override
    public void kill() {
        crash();
    }

    @Override
    public void start() {
        boot();
    }

    @Override
    public void pause() {
        paused = node != null;
    }

    @Override
    public void resume() {
        if (!paused) {
            return;
        }
        paused = false;
        // re-queued at this instant, in the order they were due: the backlog a thawed process finds
        for (SimEvent backlog : deferredWhilePaused) {
            world.sim().at(world.sim().now(), backlog);
        }
        deferredWhilePaused.clear();
    }

    @Override
    public void receive(Delivery delivery) {
        if (node == null) {
            world.trace().dropped(world.sim().now(), delivery.from.id(), id, delivery.body, "down");
        } else if (paused) {
            int life = incarnation;
            deferredWhilePaused.add(() -> {
                if (incarnation == life) {
                    receive(delivery);
                }
            });
        } else {
            world.trace().delivered(world.sim().now(), delivery.from.id(), id, delivery.body);
            ctx.handling(delivery);
            try {
                node.onMessage(ctx, delivery.from.id(), delivery.body);
            } catch (RuntimeException | AssertionError e) {
                // inlined rather than through guard(): this is the hot path, one call per message
                throw new NodeFailure(id, world.sim().now(), world.seed(), "onMessage " + delivery.body, e);
            } finally {
                ctx.handling(null);
            }
        }
    }

    void timerDue(TimerFire timer) {
        if (timer.incarnation != incarnation || timers.get(timer.id) != timer) {
            return; // cancelled, or set by an earlier life
        }
        if (paused) {
            deferredWhilePaused.add(() -> timerDue(timer));
            return;
        }
        timers.remove(timer.id);
        world.trace().timerFired(world.sim().now(), id, timer.tag);
        Node life = node;
        guard("onTimer", () -> life.onTimer(ctx, timer.tag));
    }

    long send(String to, long inReplyTo, Message body) {
        long msgId = nextMsgId++;
        world.net().send(this, to, msgId, inReplyTo, body);
        return msgId;
    }

    long setTimer(long afterNanos, Object tag) {
        long timerId = nextTimerId++;
        long dueNanos = world.sim().now() + clock.virtualDelay(Math.max(0, afterNanos));
        TimerFire timer = new TimerFire(this, timerId, incarnation, tag, dueNanos);
        timers.put(timerId, timer);
        world.sim().at(dueNanos, timer);
        return timerId;
    }

    /**
     * Fires now, ahead of its time, the pending timer of this life whose tag is a {@code tagType} and that is due
     * first; its agenda event then finds it gone. A paused node defers it like any due timer.
     *
     * @return whether there was such a timer
     */
    boolean fireTimerEarly(Class<?> tagType) {
        TimerFire first = null;
        // iterating the map is safe here: the pick is by (due time, id), a total order, so hash order cannot leak
        for (TimerFire timer : timers.values()) {
            if (tagType.isInstance(timer.tag) && (first == null || timer.dueBefore(first))) {
                first = timer;
            }
        }
        if (first != null) {
            timerDue(first);
        }
        return first != null;
    }

    void cancelTimer(long timerId) {
        timers.remove(timerId);
    }

    void skewClock(long offsetNanos, double driftPpm) {
        clock.set(world.sim().now(), offsetNanos, driftPpm);
    }

    long localNow() {
        return clock.local(world.sim().now());
    }

    void log(String line) {
        world.trace().log(world.sim().now(), id, line);
    }

    List<String> peers() {
        return config.peers();
    }

    RandomGenerator random() {
        return random;
    }

    MemoryStorage storage() {
        return storage;
    }

    Node current() {
        return node;
    }

    @Override
    public boolean isRunning() {
        return node != null;
    }

    @Override
    public boolean isPaused() {
        return paused;
    }

    private void guard(String during, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException | AssertionError e) {
            throw new NodeFailure(id, world.sim().now(), world.seed(), during, e);
        }
    }
}
