package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.faultline.node.NodeFactories;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.RuntimeSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.DockerClientFactory;

/**
 * Ryuk cannot be pulled here, so cleanup after a killed JVM rests on the owner labels: a JVM holding a cluster is
 * killed with {@code kill -9} while its client writes, its containers and network are shown to outlive it, and
 * the next cluster start removes them.
 */
class OrphanReaperIT {

    @BeforeAll
    static void needsDocker() {
        assumeTrue(DockerEngine.isRunning(), DockerEngine.NOT_RUNNING);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aClusterLeftByAKilledJvmIsGoneAfterTheNextStart() throws Exception {
        Process victim = new ProcessBuilder(javaCommand()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> held = heldIds(victim);
        String network = held.get(held.size() - 1);
        List<String> containers = held.subList(0, held.size() - 2);

        victim.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(containers).as("left behind by the killed JVM").allMatch(OrphanReaperIT::containerExists);
        assertThat(networkExists(network)).isTrue();

        DockerCluster next = new DockerRuntime(RuntimeSettings.quiet(2))
                .start(ClusterSpec.of(NodeFactories.byName("raft"), 1));
        ClusterResources.Ids nextIds = next.ids();
        assertThat(containers).as("reaped at the next start").noneMatch(OrphanReaperIT::containerExists);
        assertThat(networkExists(network)).isFalse();
        assertThat(nextIds.containers()).as("the new cluster is alive").allMatch(OrphanReaperIT::containerExists);

        next.close();
        assertThat(nextIds.containers()).as("removed on close").noneMatch(OrphanReaperIT::containerExists);
        assertThat(networkExists(nextIds.network())).isFalse();
    }

    /** Reads the victim's {@code holding <ids…> network <id>} line: its container ids, "network", the network id. */
    private static List<String> heldIds(Process victim) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("holding ")) {
                return Arrays.asList(line.substring("holding ".length()).split(" "));
            }
        }
        throw new AssertionError("the victim JVM exited before holding a cluster: " + victim.waitFor());
    }

    private static List<String> javaCommand() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dfaultline.home=" + System.getProperty("faultline.home", ""), HoldCluster.class.getName());
    }

    private static boolean containerExists(String id) {
        try {
            docker().inspectContainerCmd(id).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static boolean networkExists(String id) {
        try {
            docker().inspectNetworkCmd().withNetworkId(id).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }
}
