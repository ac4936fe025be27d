package io.faultline.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/** The rules of Killable and Pausable, once for every runtime: what takes effect, and the one trace format. */
class NodeLifecycleTest {

    private final List<String> trace = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private final FakeNode node = new FakeNode();
    private final NodeLifecycle n1 = new NodeLifecycle("n1", node, trace::add);

    @Test
    void eachChangeIsTracedInOneFormatBeforeTheDriverActs() {
        n1.pause();
        n1.resume();
        n1.kill();
        n1.start();

        assertThat(trace).containsExactly("pause n1", "resume n1", "kill n1", "start n1");
        assertThat(done).containsExactly("pause", "resume", "kill", "start");
    }

    @Test
    void aCallThatChangesNothingDoesNothingAndTracesNothing() {
        n1.start();
        n1.resume();
        n1.kill();
        n1.kill();
        n1.pause();
        n1.resume();

        assertThat(trace).containsExactly("kill n1");
        assertThat(done).containsExactly("kill");
    }

    @Test
    void aPausedNodeCanBeKilledAndANodeThatDiedIsNeitherRunningNorPaused() {
        n1.pause();
        n1.pause();
        assertThat(n1.isPaused()).isTrue();
        assertThat(n1.isRunning()).as("paused counts as running").isTrue();

        n1.kill();
        assertThat(n1.isPaused()).isFalse();
        assertThat(done).containsExactly("pause", "kill");

        n1.start();
        node.paused = true;
        node.running = false; // its program ended by itself while paused
        assertThat(n1.isPaused()).isFalse();
    }

    @Test
    void theClusterLooksNodesUpByIdAndKeepsTheirOrder() {
        SequencedMap<String, FakeNode> drivers = new LinkedHashMap<>();
        drivers.put("n2", new FakeNode());
        drivers.put("n1", node);
        NodeLifecycles<FakeNode> nodes = new NodeLifecycles<>(drivers, trace::add);

        assertThat(nodes.ids()).containsExactly("n2", "n1");
        assertThat(nodes.driver("n1")).isSameAs(node);
        assertThatThrownBy(() -> nodes.of("n3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no node n3 in [n2, n1]");
        assertThatThrownBy(() -> nodes.requireClientId("n2")).hasMessage("client id n2 is a node id");
        nodes.requireClientId("c1");
    }

    private final class FakeNode implements NodeDriver {
        boolean running = true;
        boolean paused;

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public boolean isPaused() {
            return paused;
        }

        @Override
        public void kill() {
            done.add("kill");
            running = false;
            paused = false;
        }

        @Override
        public void start() {
            done.add("start");
            running = true;
        }

        @Override
        public void pause() {
            done.add("pause");
            paused = true;
        }

        @Override
        public void resume() {
            done.add("resume");
            paused = false;
        }
    }
}
