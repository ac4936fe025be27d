package io.faultline.server;

import io.faultline.node.NodeFactories;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code java -jar node-server.jar --system raft --id n1 --listen 127.0.0.1:7001 --peer n2=127.0.0.1:7002 …
 * --data-dir DIR}: runs one node until SIGTERM. Prints {@code ready} on stdout once it listens. Exit codes: 0 after
 * a clean stop, 1 if it cannot start (port taken, storage unreadable), 2 for bad arguments, 70 if the node threw.
 */
@Command(name = "node-server", mixinStandardHelpOptions = true,
        description = "Hosts one node of a registered system on TCP (or Maelstrom's stdin/stdout).")
public final class Main implements Callable<Integer> {

    static final int BAD_ARGUMENTS = 2;
    static final int NODE_FAILED = 70;

    @Option(names = "--system", description = "the system: raft, quorum, primary-backup, …")
    String system;

    @Option(names = "--id", description = "this node's id, e.g. n1")
    String id;

    @Option(names = "--listen", description = "host:port to listen on")
    String listen;

    @Option(names = "--peer", description = "another node: id=host:port (repeat)")
    List<String> peers = new ArrayList<>();

    @Option(names = "--data-dir", description = "directory of this node's durable storage")
    Path dataDir;

    @Option(names = "--option", description = "a system option: name=value (repeat)")
    List<String> options = new ArrayList<>();

    @Option(names = "--bug", description = "switch on a named bug (repeat)")
    List<String> bugs = new ArrayList<>();

    @Option(names = "--seed", description = "seed of the node's random source (default: derived from the id)")
    Long seed;

    @Option(names = "--max-frame-bytes", description = "longest accepted frame (default ${DEFAULT-VALUE})")
    int maxFrameBytes = ServerConfig.DEFAULT_MAX_FRAME_BYTES;

    @Option(names = "--transport", description = "tcp (default) or stdio (Maelstrom protocol)")
    String transport = "tcp";

    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Parses {@code args} and runs until the server stops; returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(new Main(out, err));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setParameterExceptionHandler((e, ignored) -> {
            err.println("node-server: " + e.getMessage());
            return BAD_ARGUMENTS;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        Log log = new Log(err);
        try {
            if (transport.equals("stdio")) {
                return StdioServer.run(stdioConfig(), System.in, out, log);
            }
            if (!transport.equals("tcp")) {
                throw new IllegalArgumentException("--transport must be tcp or stdio, got '" + transport + "'");
            }
            ServerConfig config = tcpConfig();
            NodeServer server;
            try {
                server = NodeServer.start(config, log);
            } catch (IOException e) {
                err.println("node-server: " + e.getMessage());
                return 1;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown-" + config.id()));
            out.println("ready");
            out.flush();
            server.closed().join();
            return server.failure().isDone() ? NODE_FAILED : 0;
        } catch (IllegalArgumentException e) {
            err.println("node-server: " + e.getMessage());
            return BAD_ARGUMENTS;
        }
    }

    ServerConfig tcpConfig() {
        require(system, "--system");
        require(id, "--id");
        require(listen, "--listen");
        require(dataDir, "--data-dir");
        NodeFactories.byName(system); // names the known systems if this one is not
        SortedMap<String, InetSocketAddress> peerAddresses = new TreeMap<>();
        for (String peer : peers) {
            String[] parts = split(peer, "--peer", "id=host:port");
            if (peerAddresses.put(parts[0], address(parts[1], "--peer " + peer)) != null) {
                throw new IllegalArgumentException("--peer " + parts[0] + " given twice");
            }
        }
        return new ServerConfig(system, id, address(listen, "--listen"), peerAddresses, dataDir, optionMap(),
                new TreeSet<>(bugs), seed(id), maxFrameBytes);
    }

    StdioServer.Config stdioConfig() {
        require(system, "--system");
        NodeFactories.byName(system);
        if (maxFrameBytes < 64) {
            throw new IllegalArgumentException("--max-frame-bytes too small: " + maxFrameBytes);
        }
        return new StdioServer.Config(system, dataDir, optionMap(), new TreeSet<>(bugs), seed, maxFrameBytes);
    }

    private SortedMap<String, String> optionMap() {
        SortedMap<String, String> map = new TreeMap<>();
        for (String option : options) {
            String[] parts = split(option, "--option", "name=value");
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    private long seed(String nodeId) {
        return seed != null ? seed : defaultSeed(nodeId);
    }

    static long defaultSeed(String nodeId) {
        return 0x9E3779B97F4A7C15L * (nodeId.hashCode() + 1L);
    }

    private static void require(Object value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("missing " + option);
        }
    }

    private static String[] split(String value, String option, String shape) {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new IllegalArgumentException(option + " must be " + shape + ", got '" + value + "'");
        }
        return new String[] {value.substring(0, equals).trim(), value.substring(equals + 1).trim()};
    }

    static InetSocketAddress address(String hostPort, String what) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(what + " must be host:port, got '" + hostPort + "'");
        }
        int port;
        try {
            port = Integer.parseInt(hostPort.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": bad port in '" + hostPort + "'");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(what + ": port out of range in '" + hostPort + "'");
        }
        return new InetSocketAddress(hostPort.substring(0, colon), port);
    }
}
