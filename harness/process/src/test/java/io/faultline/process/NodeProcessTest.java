package io.faultline.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.runtime.Net;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node whose port another program took before it could bind it moves to another port, and its proxies are told;
 * without proxies to repoint, the start fails naming the cause. The "node" is a shell script that fails as the
 * node server does when its port is taken, but only on the port it was first given.
 */
@Timeout(30)
class NodeProcessTest {

    @TempDir
    Path dir;

    private ProcessRegistry registry;
    private NodePorts ports;
    private int firstPort;
    private NodeProcess node;

    @BeforeEach
    void setUp() {
        registry = ProcessRegistry.open(dir.resolve("registry"));
        ports = NodePorts.pickFor(List.of("n1"));
        firstPort = ports.of("n1");
        node = new NodeProcess("n1", ports, dir.resolve("n1.log"), this::command, registry);
    }

    @AfterEach
    void tearDown() {
        node.stop();
        registry.close();
    }

    @Test
    void aNodeWhosePortWasTakenStartsOnAnotherAndItsProxiesFollow() throws Exception {
        RecordingWiring wiring = new RecordingWiring(true);
        List<String> log = new ArrayList<>();

        node.startOrMove(wiring, Runnable::run, log::add).get(20, TimeUnit.SECONDS);

        assertThat(node.isRunning()).isTrue();
        assertThat(node.port()).isNotEqualTo(firstPort);
        assertThat(wiring.moved).containsExactly("n1");
        assertThat(log).singleElement().asString().contains("starting it on " + node.port());
    }

    @Test
    void aNodeThatCannotMoveFailsSayingItsPortWasTaken() {
        RecordingWiring wiring = new RecordingWiring(false);

        assertThatThrownBy(() -> node.startOrMove(wiring, Runnable::run, line -> { }).get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasMessageContaining("cannot listen on /127.0.0.1:" + firstPort);
        assertThat(wiring.moved).isEmpty();
        assertThat(node.port()).isEqualTo(firstPort);
    }

    private List<String> command(int port) {
        String script = port == firstPort
                ? "echo 'node-server: cannot listen on /127.0.0.1:" + port + ": Address already in use' >&2; exit 1"
                : "echo ready; exec sleep 30";
        return List.of("sh", "-c", script);
    }

    /** Records which nodes moved; its network is never used. */
    private static final class RecordingWiring implements Wiring {
        private final boolean canMove;
        final List<String> moved = new ArrayList<>();

        RecordingWiring(boolean canMove) {
            this.canMove = canMove;
        }

        @Override
        public String peerAddress(String from, String to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public InetSocketAddress clientAddress(String client, String node) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Net net() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean canMove() {
            return canMove;
        }

        @Override
        public void nodeMoved(String node) {
            moved.add(node);
        }

        @Override
        public void close() {
        }
    }
}
