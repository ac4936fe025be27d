package io.faultline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.MessageCodec;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactories;
import io.faultline.node.NodeFactory;
import io.faultline.node.ReplyTo;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One node of a system on a real network: TCP with newline-delimited JSON envelopes ({@link MessageCodec}).
 *
 * <p>Inbound connections come from peers (on their own outbound links) and from clients; they are read by one
 * thread each, frames over the limit and lines that do not decode are logged and dropped (a client's request that
 * is JSON with a {@code src} and {@code msg_id} is answered with error 12, malformed-request), and decoded envelopes
 * are queued on the {@link NodeHost} loop. A message from an id that is not a peer is a client's: the reply to a
 * request goes back on the connection the request came on (other messages to that id on its latest connection). Messages to a peer go on this node's own
 * {@link PeerLink} to it. Storage is a {@link DiskStorage} in the data directory.
 */
public final class NodeServer implements AutoCloseable {

    private static final int MAX_OPEN_REQUESTS = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerConfig config;
    private final ServerSocket serverSocket;
    private final Log log;
    private final MessageCodec codec;
    private final DiskStorage storage;
    private final NodeHost host;
    private final Map<String, PeerLink> links = new TreeMap<>();
    private final Map<String, Inbound> clients = new HashMap<>(); // loop thread only: a client's latest connection
    /** Loop thread only: the connection each client request came on, until answered (oldest evicted first). */
    private final Map<ReplyTo, Inbound> requests = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReplyTo, Inbound> eldest) {
            return size() > MAX_OPEN_REQUESTS;
        }
    };
    private final Set<Inbound> inbound = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile boolean running = true;

    private NodeServer(ServerConfig config, ServerSocket serverSocket, Log log) throws IOException {
        this.config = config;
        this.serverSocket = serverSocket;
        this.log = log;
        NodeFactory factory = NodeFactories.byName(config.system());
        NodeConfig nodeConfig = new NodeConfig(config.id(), new ArrayList<>(config.peers().keySet()),
                config.options(), config.bugs());
        factory.requireKnownBugs(nodeConfig);
        this.codec = new MessageCodec(factory.messages());
        this.storage = DiskStorage.open(config.dataDir());
        this.host = new NodeHost(config.id(), nodeConfig.peers(), factory.create(nodeConfig), storage,
                config.seed(), this::route, log);
        for (Map.Entry<String, InetSocketAddress> peer : config.peers().entrySet()) {
            links.put(peer.getKey(), new PeerLink(config.id(), peer.getKey(), peer.getValue(), log));
        }
        this.acceptor = new Thread(this::accept, "accept-" + config.id());
        acceptor.setDaemon(true);
    }

    /** Binds {@code config.listen()}, starts the node and serves; returns once it listens. */
    public static NodeServer start(ServerConfig config, Log log) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(config.listen());
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot listen on " + config.listen() + ": " + e.getMessage(), e);
        }
        return start(config, socket, log);
    }

    /** Starts on an already bound socket (tests bind port 0 first to learn the ports). */
    static NodeServer start(ServerConfig config, ServerSocket bound, Log log) throws IOException {
        NodeServer server;
        try {
            server = new NodeServer(config, bound, log);
        } catch (IOException | RuntimeException e) {
            bound.close();
            throw e;
        }
        server.host.failure().thenRunAsync(server::close);
        server.host.start();
        server.links.values().forEach(PeerLink::start);
        server.acceptor.start();
        log.info(config.id() + ": " + config.system() + " listening on " + bound.getLocalSocketAddress()
                + ", peers " + config.peers() + ", data " + config.dataDir() + ", seed " + config.seed());
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public SocketAddress address() {
        return serverSocket.getLocalSocketAddress();
    }

    /** Completes when the server has stopped, by {@link #close()} or because the node threw. */
    public CompletableFuture<Void> closed() {
        return closed;
    }

    /** The exception that stopped the node, if one did. */
    public CompletableFuture<Throwable> failure() {
        return host.failure();
    }

    private void accept() {
        while (running) {
            try {
                Socket socket = serverSocket.accept();
                socket.setTcpNoDelay(true);
                Inbound connection = new Inbound(socket);
                inbound.add(connection);
                connection.start();
            } catch (IOException e) {
                if (running) {
                    log.warn(config.id() + ": accept failed: " + e.getMessage());
                }
            }
        }
    }

    /** Loop thread: where a message the node sent goes. */
    private void route(Envelope envelope) {
        String line = codec.encode(envelope);
        PeerLink link = links.get(envelope.dest());
        if (link != null) {
            link.send(line);
        } else if (envelope.dest().equals(config.id())) {
            Envelope copy = codec.decode(line);
            host.execute(() -> host.deliver(copy));
        } else {
            Inbound client = envelope.isReply()
                    ? requests.remove(new ReplyTo(envelope.dest(), envelope.inReplyTo()))
                    : null;
            if (client == null) {
                client = clients.get(envelope.dest());
            }
            if (client != null) {
                client.writer.offer(line);
            }
        }
    }

    /** Stops serving: no new connections, links and connections closed, the loop stopped, the storage closed. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        PeerLink.closeQuietly(serverSocket);
        host.close();
        links.values().forEach(PeerLink::close);
        inbound.forEach(Inbound::close);
        try {
            storage.close();
        } catch (IOException e) {
            log.warn(config.id() + ": closing storage: " + e.getMessage());
        }
        log.info(config.id() + ": stopped");
        closed.complete(null);
    }

    /** One accepted connection: a reader thread that feeds the loop, a writer thread for replies to clients. */
    private final class Inbound {
        private final Socket socket;
        private final LineWriter writer = new LineWriter();
        private final String remote;

        Inbound(Socket socket) {
            this.socket = socket;
            this.remote = String.valueOf(socket.getRemoteSocketAddress());
        }

        void start() {
            Thread reader = new Thread(this::read, "in-" + config.id() + "-" + remote);
            reader.setDaemon(true);
            reader.start();
            Thread writing = new Thread(this::write, "out-" + config.id() + "-" + remote);
            writing.setDaemon(true);
            writing.start();
        }

        private void read() {
            try {
                FrameReader frames = new FrameReader(socket.getInputStream(), config.maxFrameBytes());
                FrameReader.Frame frame;
                while (running && (frame = frames.next()) != null) {
                    if (frame instanceof FrameReader.Oversized oversized) {
                        log.warn(config.id() + ": dropped a " + oversized.bytes() + "-byte frame from " + remote
                                + " (limit " + config.maxFrameBytes() + ")");
                    } else if (frame instanceof FrameReader.Line line) {
                        received(line.text());
                    }
                }
            } catch (IOException e) {
                // connection closed or reset
            } finally {
                close();
            }
        }

        private void received(String line) {
            Envelope envelope;
            try {
                envelope = codec.decode(line);
            } catch (CodecException e) {
                log.warn(config.id() + ": dropped a malformed frame from " + remote + ": " + e.getMessage());
                answerMalformed(line, e);
                return;
            }
            if (!envelope.dest().equals(config.id())) {
                log.warn(config.id() + ": dropped a message for " + envelope.dest() + " from " + remote);
                return;
            }
            host.execute(() -> {
                if (!config.peers().containsKey(envelope.src())) {
                    clients.put(envelope.src(), this);
                    if (envelope.hasMsgId()) {
                        requests.put(new ReplyTo(envelope.src(), envelope.msgId()), this);
                    }
                }
                host.deliver(envelope);
            });
        }

        /** A client's request that parsed as JSON with a src and msg_id but did not decode gets error 12. */
        private void answerMalformed(String line, CodecException e) {
            JsonNode root;
            try {
                root = JSON.readTree(line);
            } catch (JsonProcessingException notJson) {
                return;
            }
            if (root == null || !root.path("src").isTextual() || !root.path("body").path("msg_id").canConvertToLong()
                    || config.peers().containsKey(root.path("src").asText())) {
                return;
            }
            ErrorReply error = ErrorReply.of(ErrorCode.MALFORMED_REQUEST, e.getMessage());
            writer.offer(codec.encode(new Envelope(config.id(), root.path("src").asText(), Envelope.NO_ID,
                    root.path("body").path("msg_id").asLong(), error)));
        }

        private void write() {
            try {
                writer.drainTo(new BufferedOutputStream(socket.getOutputStream()), () -> running && !socket.isClosed());
            } catch (IOException e) {
                // the client went away; its replies are lost
            } finally {
                close();
            }
        }

        void close() {
            PeerLink.closeQuietly(socket);
            if (inbound.remove(this)) {
                host.execute(() -> {
                    clients.values().removeIf(connection -> connection == this);
                    requests.values().removeIf(connection -> connection == this);
                });
            }
        }
    }

    /** For tests: the ids this server treats as peers. */
    List<String> peerIds() {
        return List.copyOf(config.peers().keySet());
    }
}
