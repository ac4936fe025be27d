package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import java.util.random.RandomGenerator;

/**
 * One kind of fault (Jepsen's nemesis): partitions, crashes, pauses, slow or lossy links, wrong clocks. Found by
 * {@link #name()} through {@link Nemeses} ({@link java.util.ServiceLoader}): a new nemesis is one class and one
 * line in {@code META-INF/services/io.faultline.nemesis.Nemesis}.
 *
 * <p>Contract. An instance serves one run and may remember what it broke. {@link #start} and {@link #stop} run on
 * the cluster's event loop. {@code start} injects one fault, drawing every choice (which nodes, which shape, how
 * bad) from the {@code random} it is given, which the runner derives from the seed, so that a seed replays the
 * same faults. {@code stop} undoes every fault this instance started and is harmless when none is in force. Both
 * return a short description of what they did, which the history records as the nemesis op's value. A nemesis
 * talks only to {@link Cluster} and its {@link io.faultline.runtime.Net}, never to a runtime's internals.
 */
public interface Nemesis {

    /** The name users type in {@code --nemesis}: {@code partition}, {@code kill}, … */
    String name();

    /** One line for {@code --help} and the docs. */
    String description();

    /**
     * This nemesis with options, as typed after its name: {@code fail-fraction:p=0.3}. A nemesis without options
     * rejects any.
     *
     * @throws IllegalArgumentException in one line, naming the options it has, for an unknown or bad option
     */
    default Nemesis withOptions(NemesisOptions options) {
        options.requireKnown(name());
        return this;
    }

    /** The history's {@code f} for injecting this fault. */
    default String startF() {
        return "start-" + name();
    }

    /** The history's {@code f} for healing it. */
    default String stopF() {
        return "stop-" + name();
    }

    /**
     * Fails, with a message saying which capability the runtime lacks, when {@code cluster} cannot inflict this
     * fault (see {@link io.faultline.runtime.Capabilities#require}). The runner asks before the run starts.
     */
    default void requireCapabilities(Cluster cluster) {
    }

    /** Injects one fault; returns what it did, for the history. */
    String start(Cluster cluster, RandomGenerator random);

    /** Heals every fault this instance started; returns what it did, for the history. */
    String stop(Cluster cluster);
}
