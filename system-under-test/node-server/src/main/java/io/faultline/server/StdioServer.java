package io.faultline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.node.CodecException;
import io.faultline.node.Envelope;
import io.faultline.node.MemoryStorage;
import io.faultline.node.MessageCodec;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactories;
import io.faultline.node.NodeFactory;
import io.faultline.node.Storage;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;

/**
 * Maelstrom mode ({@code --transport stdio}): envelopes arrive one per line on stdin and every message the node
 * sends, to peers and clients alike, is written as one line to stdout; Maelstrom routes them. The node is built
 * when Maelstrom's {@code init} arrives ({@code node_id}, {@code node_ids}) and answered with {@code init_ok}.
 * Storage is a {@link DiskStorage} under {@code --data-dir} if given, else in memory. Logs go to stderr.
 */
final class StdioServer {

    record Config(String system, Path dataDir, SortedMap<String, String> options, SortedSet<String> bugs, Long seed,
                  int maxFrameBytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Config config;
    private final PrintStream out;
    private final Log log;
    private final NodeFactory factory;
    private final MessageCodec codec;
    private NodeHost host;
    private String self;
    // the other nodes, from init: a message from one of them is never a client's request
    private final List<String> peers = new ArrayList<>();
    private DiskStorage disk;

    private StdioServer(Config config, PrintStream out, Log log) {
        this.config = config;
        this.out = out;
        this.log = log;
        this.factory = NodeFactories.byName(config.system());
        this.codec = new MessageCodec(factory.messages());
    }

    /** Serves until stdin ends (0) or the node throws (70). */
    static int run(Config config, InputStream in, PrintStream out, Log log) {
        StdioServer server = new StdioServer(config, out, log);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                server.read(in, done);
                done.complete(0);
            } catch (IOException e) {
                log.warn("stdin: " + e.getMessage());
                done.complete(0);
            } catch (RuntimeException e) {
                log.error("stdio server failed", e);
                done.complete(1);
            }
        }, "stdin-reader");
        reader.setDaemon(true);
        reader.start();
        int code = done.join();
        server.close();
        return code;
    }

    private void read(InputStream in, CompletableFuture<Integer> done) throws IOException {
        FrameReader frames = new FrameReader(in, config.maxFrameBytes());
        FrameReader.Frame frame;
        while (!done.isDone() && (frame = frames.next()) != null) {
            if (frame instanceof FrameReader.Oversized oversized) {
                log.warn("dropped a " + oversized.bytes() + "-byte frame (limit " + config.maxFrameBytes() + ")");
            } else if (frame instanceof FrameReader.Line line) {
                received(line.text(), done);
            }
        }
    }

    private void received(String line, CompletableFuture<Integer> done) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            log.warn("dropped malformed JSON: " + e.getOriginalMessage());
            return;
        }
        if (root != null && "init".equals(root.path("body").path("type").asText())) {
            init(root, done);
            return;
        }
        if (host == null) {
            log.warn("dropped a message before init: " + line);
            return;
        }
        Envelope envelope;
        try {
            envelope = codec.decode(line);
        } catch (CodecException e) {
            log.warn("dropped a malformed message: " + e.getMessage());
            answerMalformed(root, e);
            return;
        }
        if (!envelope.dest().equals(self)) {
            log.warn("dropped a message for " + envelope.dest());
            return;
        }
        host.execute(() -> host.deliver(envelope));
    }

    /**
     * A client's request that did not decode (an unknown type, or a field its record lacks) gets 12, as over TCP:
     * a definite error the client can see, not a silence it must time out as "maybe happened".
     */
    private void answerMalformed(JsonNode root, CodecException e) {
        JsonNode msgId = root == null ? null : root.path("body").path("msg_id");
        if (msgId == null || !msgId.canConvertToLong() || !root.path("src").isTextual()
                || peers.contains(root.path("src").asText())) {
            return;
        }
        ErrorReply error = ErrorReply.of(ErrorCode.MALFORMED_REQUEST, e.getMessage());
        write(codec.encode(new Envelope(self, root.path("src").asText(), Envelope.NO_ID, msgId.asLong(), error)));
    }

    private void init(JsonNode root, CompletableFuture<Integer> done) {
        JsonNode body = root.path("body");
        if (host != null) {
            log.warn("ignored a second init");
            return;
        }
        String nodeId = body.path("node_id").asText("");
        if (nodeId.isEmpty()) {
            log.warn("dropped an init without node_id");
            return;
        }
        body.path("node_ids").forEach(node -> {
            if (!node.asText().equals(nodeId)) {
                peers.add(node.asText());
            }
        });
        NodeConfig nodeConfig = new NodeConfig(nodeId, List.copyOf(peers), config.options(), config.bugs());
        factory.requireKnownBugs(nodeConfig);
        Storage storage;
        if (config.dataDir() == null) {
            storage = new MemoryStorage();
        } else {
            try {
                disk = DiskStorage.open(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            storage = disk;
        }
        self = nodeId;
        long seed = config.seed() != null ? config.seed() : Main.defaultSeed(nodeId);
        host = new NodeHost(nodeId, List.copyOf(peers), factory.create(nodeConfig), storage, seed,
                envelope -> write(codec.encode(envelope)), log);
        host.failure().thenRun(() -> done.complete(Main.NODE_FAILED));
        host.start();
        ObjectNode reply = JSON.createObjectNode();
        reply.put("src", nodeId);
        reply.put("dest", root.path("src").asText());
        ObjectNode replyBody = reply.putObject("body");
        replyBody.put("type", "init_ok");
        replyBody.put("in_reply_to", body.path("msg_id").asLong());
        write(reply.toString());
        log.info(nodeId + ": " + config.system() + " initialised with peers " + peers + ", seed " + seed);
    }

    private void write(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private void close() {
        if (host != null) {
            host.close();
        }
        if (disk != null) {
            try {
                disk.close();
            } catch (IOException e) {
                log.warn("closing storage: " + e.getMessage());
            }
        }
    }
}
