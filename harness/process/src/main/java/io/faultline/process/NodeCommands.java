package io.faultline.process;

import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Seeds;
import java.util.ArrayList;
import java.util.List;

/**
 * The node server's command line for each node of a cluster: its system, options and bugs, its peers at the
 * addresses the {@link Wiring} gives (a proxy each), its data directory, and a seed derived from the run's.
 */
final class NodeCommands {

    private final ClusterSpec spec;
    private final NodeLauncher launcher;
    private final Wiring wiring;
    private final RunFolder folder;
    private final long runSeed;

    NodeCommands(ClusterSpec spec, NodeLauncher launcher, Wiring wiring, RunFolder folder, long runSeed) {
        this.spec = spec;
        this.launcher = launcher;
        this.wiring = wiring;
        this.folder = folder;
        this.runSeed = runSeed;
    }

    /** The command that starts node {@code id} listening on {@code port}. */
    List<String> of(String id, int port) {
        List<String> arguments = new ArrayList<>(List.of("--system", spec.system().name(), "--id", id,
                "--listen", "127.0.0.1:" + port, "--data-dir", folder.data(id).toString(),
                "--seed", String.valueOf(Seeds.derive(runSeed, "node " + id).nextLong())));
        for (String peer : spec.configFor(id).peers()) {
            arguments.addAll(List.of("--peer", peer + "=" + wiring.peerAddress(id, peer)));
        }
        spec.options().forEach((name, value) -> arguments.addAll(List.of("--option", name + "=" + value)));
        spec.bugs().forEach(bug -> arguments.addAll(List.of("--bug", bug)));
        return launcher.command(id, arguments);
    }
}
