package io.faultline.maelstrom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.process.ProcessRegistry;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.NodeDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * One node id of the cluster across its lives: the process running now (if any), whether it answered Maelstrom's
 * {@code init}, whether it is paused. A restart is a new process and a fresh {@code init}: Maelstrom nodes keep no
 * durable state, so a killed node comes back empty unless the program itself keeps files. Runs on the loop only.
 */
final class NodeSlot implements NodeDriver {

    /** The id {@code init} comes from and {@code init_ok} goes to; it never takes part in a run. */
    static final String INIT_CLIENT = "c-init";

    /** In the program's arguments, stands for the node's id. */
    static final String NODE_PLACEHOLDER = "{node}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final List<String> nodeIds;
    private final List<String> command;
    private final ProcessRegistry registry;
    private final RealTimeLoop loop;
    private final Trace trace;
    private final Consumer<Wire> outbox;
    private ProgramProcess life;
    private int lives;
    private boolean initialized;
    private boolean paused;
    private String lastStderr = "";

    NodeSlot(String id, List<String> nodeIds, List<String> command, ProcessRegistry registry, RealTimeLoop loop,
             Trace trace, Consumer<Wire> outbox) {
        this.id = id;
        this.nodeIds = nodeIds;
        this.command = command;
        this.registry = registry;
        this.loop = loop;
        this.trace = trace;
        this.outbox = outbox;
    }

    /** Starts a new life and sends it {@code init}; messages for it queue behind the init. */
    void boot() {
        if (life != null) {
            life.kill(); // a life that ended by itself: whatever it started goes with it
        }
        lives++;
        initialized = false;
        paused = false;
        int thisLife = lives;
        try {
            life = ProgramProcess.start(id, commandFor(id), registry, loop, this::printed, this::stderr, () -> exited(thisLife));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command) + " for " + id + ": "
                    + e.getMessage(), e);
        }
        trace.event(id + " started, pid " + life.pid() + ", life " + lives);
        life.send(initLine());
    }

    @Override
    public void start() {
        boot();
    }

    @Override
    public void kill() {
        crash();
    }

    /** SIGKILL; whatever the node held in memory is gone. */
    void crash() {
        if (life != null) {
            life.kill();
            trace.event(id + " killed, pid " + life.pid());
            life = null;
        }
        paused = false;
    }

    @Override
    public void pause() {
        if (isRunning() && !paused) {
            life.signal("STOP");
            paused = true;
        }
    }

    @Override
    public void resume() {
        if (paused && isRunning()) {
            life.signal("CONT");
        }
        paused = false;
    }

    @Override
    public boolean isRunning() {
        return life != null && life.isAlive();
    }

    @Override
    public boolean isPaused() {
        return paused;
    }

    /** Whether this life ended before it answered {@code init}. */
    boolean diedBeforeInit() {
        return !initialized && life != null && !life.isAlive();
    }

    boolean isInitialized() {
        return initialized;
    }

    /** Why this node is not initialized yet, for an error message. */
    String whyNotInitialized(String timeout) {
        if (life != null && !life.isAlive()) {
            return id + " exited with code " + life.exitCode() + " before answering init"
                    + (lastStderr.isEmpty() ? "" : "; its last words on stderr: " + lastStderr);
        }
        return id + " did not answer Maelstrom's init with init_ok within " + timeout + " (is "
                + command.get(0) + " a Maelstrom node? it must print {\"src\",\"dest\",\"body\":{\"type\":"
                + "\"init_ok\",\"in_reply_to\"}} on stdout)";
    }

    /** A message for this node arrived: it goes to the current life's stdin, or nowhere if the node is down. */
    void deliver(Wire wire) {
        if (life == null || !life.isAlive()) {
            trace.dropped(wire, "node down");
            return;
        }
        life.send(wire.line());
    }

    private void printed(String line) {
        Wire wire = Wire.parse(line).orElse(null);
        if (wire == null) {
            trace.node(id, "stdout (not a message, ignored): " + line);
        } else if (!wire.src().equals(id)) {
            trace.dropped(wire, "sent by " + id + " under another src");
        } else if (wire.dest().equals(INIT_CLIENT)) {
            initAnswered(wire);
        } else {
            outbox.accept(wire);
        }
    }

    private void initAnswered(Wire wire) {
        if (wire.type().equals("init_ok") && wire.inReplyTo() == lives) {
            initialized = true;
            trace.event(id + " answered init");
        } else {
            trace.dropped(wire, "not the init_ok of life " + lives);
        }
    }

    private void stderr(String line) {
        // indented lines are stack frames and tracebacks: the line that names the error is the useful one
        if (lastStderr.isEmpty() || (!line.startsWith(" ") && !line.startsWith("\t"))) {
            lastStderr = line.strip();
        }
        trace.node(id, line);
    }

    private void exited(int life) {
        if (life == lives && this.life != null && !this.life.isAlive()) {
            trace.event(id + " exited by itself with code " + this.life.exitCode());
        }
    }

    /** The command with {@code {node}} replaced by this node's id: per-node data directories survive a restart. */
    private List<String> commandFor(String node) {
        return command.stream().map(word -> word.replace(NODE_PLACEHOLDER, node)).toList();
    }

    private String initLine() {
        ObjectNode root = JSON.createObjectNode();
        root.put("src", INIT_CLIENT);
        root.put("dest", id);
        ObjectNode body = root.putObject("body");
        body.put("type", "init");
        body.put("msg_id", lives);
        body.put("node_id", id);
        nodeIds.forEach(body.putArray("node_ids")::add);
        return root.toString();
    }
}
