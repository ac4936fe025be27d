package io.faultline.maelstrom;

import io.faultline.node.MessageCodec;
import io.faultline.process.ProcessRegistry;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.Cluster;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Seeds;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs N copies of any program that speaks Maelstrom's protocol on stdin/stdout (Kingsbury's Maelstrom, whose
 * design this follows): each gets {@code init} with its id and every node id, and every message, node to node and
 * client to node, travels through the harness's own real-time network, which partitions, delays and loses them.
 * The program comes from {@link RuntimeSettings#bin()}; the spec gives the node ids and the client vocabulary of
 * its system (lin-kv). Bugs and options of Faultline's own systems cannot reach a foreign program: they are refused.
 */
public final class MaelstromRuntime implements Runtime {

    /** How long a fresh node may take to answer {@code init}: a JVM node needs a second or two on a busy machine. */
    public static final Duration DEFAULT_INIT_TIMEOUT = Duration.ofSeconds(20);

    private final RuntimeSettings settings;
    private final Duration initTimeout;

    public MaelstromRuntime(RuntimeSettings settings, Duration initTimeout) {
        this.settings = settings;
        this.initTimeout = initTimeout;
    }

    @Override
    public String name() {
        return "maelstrom";
    }

    /**
     * Starts the nodes and returns once every one has answered {@code init}.
     *
     * @throws IllegalArgumentException in one line: no or a bad {@code --bin}, bugs or options for a foreign program,
     *                                  a node that exits or never answers {@code init}
     */
    @Override
    public Cluster start(ClusterSpec spec) {
        List<String> command = command();
        refuseOwnSystemSwitches(spec);
        RealTimeLoop loop = new RealTimeLoop();
        Trace trace = new Trace(loop, settings.log());
        trace.event("program: " + String.join(" ", command));
        MaelstromNet net = new MaelstromNet(loop, trace, Seeds.derive(settings.seed(), "maelstrom-net"));
        // killed with the harness on Ctrl-C; after a kill -9 they end of a closed stdin, or at the next start
        ProcessRegistry registry = ProcessRegistry.open(ProcessRegistry.defaultDir()).killOnExit();
        // the program is anybody's Maelstrom node: its replies may carry fields of its own, even under test
        MessageCodec codec = new MessageCodec(spec.system().messages(), MessageCodec.Strictness.REQUESTS);
        MaelstromCluster cluster = new MaelstromCluster(spec.nodes(), command, registry, loop, net, codec, trace);
        try {
            cluster.boot(initTimeout.toNanos(), initTimeout.toSeconds() + "s");
            return cluster;
        } catch (UncheckedIOException e) {
            cluster.close();
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private List<String> command() {
        List<String> bin = settings.bin();
        if (bin.isEmpty()) {
            throw new IllegalArgumentException("the maelstrom runtime needs --bin PATH: the Maelstrom node program"
                    + " to run (its arguments go after --)");
        }
        List<String> command = new ArrayList<>(bin);
        command.set(0, Program.resolve(bin.get(0)).toString());
        return command;
    }

    private static void refuseOwnSystemSwitches(ClusterSpec spec) {
        if (!spec.bugs().isEmpty() || !spec.options().isEmpty()) {
            throw new IllegalArgumentException("--bug and --option switch Faultline's own systems; a Maelstrom"
                    + " program takes its own arguments after --");
        }
    }
}
