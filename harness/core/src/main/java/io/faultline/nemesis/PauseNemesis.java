package io.faultline.nemesis;

import io.faultline.runtime.Capabilities;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.Pausable;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Freezes a random node or minority ({@code SIGSTOP}) and later thaws it (Jepsen's {@code db/Pause}): the node
 * keeps its state and wakes to a backlog of messages and timers, the classic way to make a leader believe it
 * still leads.
 */
public final class PauseNemesis implements Nemesis {

    private final List<String> paused = new ArrayList<>();

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public String description() {
        return "pauses a random node or minority (state kept, nothing handled), later resumes it";
    }

    @Override
    public String startF() {
        return "pause";
    }

    @Override
    public String stopF() {
        return "resume";
    }

    @Override
    public void requireCapabilities(Cluster cluster) {
        Capabilities.require(cluster, Pausable.class, "the pause nemesis");
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        Pausable nodes = Capabilities.require(cluster, Pausable.class, "the pause nemesis");
        List<String> targets = Targets.oneOrMinority(cluster.nodes(), random);
        targets.forEach(nodes::pause);
        targets.stream().filter(node -> !paused.contains(node)).forEach(paused::add);
        return Targets.join(targets);
    }

    @Override
    public String stop(Cluster cluster) {
        Pausable nodes = Capabilities.require(cluster, Pausable.class, "the pause nemesis");
        List<String> resumed = paused.stream().sorted().toList();
        resumed.forEach(nodes::resume);
        paused.clear();
        return resumed.isEmpty() ? "nothing to resume" : Targets.join(resumed);
    }
}
