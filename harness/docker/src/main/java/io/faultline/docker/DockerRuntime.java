package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import io.faultline.node.MessageCodec;
import io.faultline.realtime.RealTimeLoop;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeSettings;
import io.faultline.runtime.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.toxiproxy.ToxiproxyContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@code docker} runtime: each node a container of the node image on a private network (alias {@code n1} …),
 * and one Toxiproxy container on the same network through which every directed node-to-node link and every
 * client-to-node link passes (the {@code process} runtime's topology). Starting a cluster first reaps what killed
 * runs left behind ({@link OrphanReaper}); everything it creates carries its owner's labels ({@link Owner}).
 */
public final class DockerRuntime implements Runtime {

    private final RuntimeSettings settings;

    public DockerRuntime(RuntimeSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "docker";
    }

    @Override
    public DockerCluster start(ClusterSpec spec) {
        spec.system().requireKnownBugs(spec.configFor(spec.nodes().get(0)));
        ProxyPlan plan = new ProxyPlan(spec.nodes());
        DockerClient docker = DockerEngine.client();
        RealTimeLoop loop = new RealTimeLoop();
        Consumer<String> trace = line -> settings.log().accept(String.format("%10.3f %s", loop.now() / 1e9, line));
        OrphanReaper.Reaped reaped = OrphanReaper.reap(docker);
        if (!reaped.isEmpty()) {
            trace.accept("reaped what killed runs left: " + reaped.containers().size() + " containers, "
                    + reaped.networks().size() + " networks");
        }
        String nodeImage = Images.node(docker);
        String toxiproxyImage = Images.toxiproxy(docker);
        Map<String, String> labels = Owner.self().labels();
        Network network = Network.builder().createNetworkCmdModifier(cmd -> cmd.withLabels(labels)).build();
        ToxiproxyContainer toxiproxy = new ToxiproxyContainer(DockerImageName.parse(toxiproxyImage)
                .asCompatibleSubstituteFor("ghcr.io/shopify/toxiproxy"))
                .withNetwork(network).withNetworkAliases(NodeContainer.TOXIPROXY_ALIAS).withLabels(labels);
        ClusterResources resources = new ClusterResources(docker, network, toxiproxy);
        try {
            toxiproxy.start();
            Proxies proxies = new Proxies(new ToxiproxyClient(toxiproxy.getHost(), toxiproxy.getControlPort()), plan,
                    toxiproxy.getHost(), toxiproxy::getMappedPort);
            trace.accept("toxiproxy " + toxiproxyImage + " up with " + proxies.count() + " proxies ("
                    + plan.lanes() + " client lanes)");
            startNodes(spec, plan, nodeImage, labels, resources);
            trace.accept("nodes " + spec.nodes() + " ready (" + nodeImage + ")");
            return new DockerCluster(resources, proxies, loop, new MessageCodec(spec.system().messages()), trace,
                    !settings.isQuiet());
        } catch (RuntimeException e) {
            closeQuietly(resources, e);
            throw e;
        }
    }

    private void startNodes(ClusterSpec spec, ProxyPlan plan, String image, Map<String, String> labels,
                            ClusterResources resources) {
        List<GenericContainer<?>> containers = new ArrayList<>();
        for (String id : spec.nodes()) {
            long seed = Seeds.derive(settings.seed(), "node-" + id).nextLong();
            GenericContainer<?> container = NodeContainer.create(image, resources.network(), spec.system().name(),
                    spec.configFor(id), plan, seed, labels);
            resources.addNode(id, container);
            containers.add(container);
        }
        Startables.deepStart(containers).join();
    }

    private static void closeQuietly(ClusterResources resources, RuntimeException failure) {
        try {
            resources.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
