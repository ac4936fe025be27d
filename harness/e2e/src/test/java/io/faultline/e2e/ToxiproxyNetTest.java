package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.process.ProcessRegistry;
import io.faultline.process.ToxiproxyBinary;
import io.faultline.process.ToxiproxyServer;
import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.toxiproxy.ProxyTopology;
import io.faultline.toxiproxy.ToxiproxyNet;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ToxiproxyNet} against a real Toxiproxy, with two line-echo servers standing in for nodes a and b and a
 * plain socket for each sender: the Net contract's semantics, independent of how nodes are started.
 */
@Timeout(60)
class ToxiproxyNetTest {

    private static final long MS = 1_000_000;

    @TempDir
    Path dir;

    private ProcessRegistry registry;
    private ToxiproxyServer server;
    private final EchoServer a = new EchoServer();
    private final EchoServer b = new EchoServer();
    private ProxyTopology topology;
    private ToxiproxyNet net;

    @BeforeEach
    void start() {
        ToxiproxyInstalled.assume();
        registry = ProcessRegistry.open(dir.resolve("registry"));
        server = ToxiproxyServer.start(ToxiproxyBinary.find().orElseThrow(), dir.resolve("toxiproxy.log"), registry);
        Map<String, EchoServer> nodes = Map.of("a", a, "b", b);
        topology = new ProxyTopology(server.client(), new ProxyTopology.Addresses() {
            @Override
            public String listen(Link link) {
                return "127.0.0.1:0";
            }

            @Override
            public String upstream(String node) {
                return "127.0.0.1:" + nodes.get(node).port();
            }
        });
        topology.createNodeLinks(List.of("a", "b"));
        net = new ToxiproxyNet(topology::existing, List.of("a", "b"), line -> { });
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        if (server != null) {
            server.close();
            registry.close();
        }
    }

    @Test
    void aOneWayCutStopsOneDirectionOnlyAndHealingRestoresIt() throws Exception {
        assertThat(sendOver(new Link("a", "b"), "before")).isTrue();

        net.partition(Grudge.oneWay("a", "b"));
        assertThat(net.grudge().isCut("a", "b")).isTrue();
        assertThat(sendOver(new Link("a", "b"), "during")).as("a->b is cut").isFalse();
        assertThat(sendOver(new Link("b", "a"), "reply")).as("b->a still works").isTrue();

        net.heal();
        assertThat(sendOver(new Link("a", "b"), "after")).isTrue();
    }

    /** As a refused connection would: the sender learns its link is down and reconnects; no port is let go. */
    @Test
    void aCutResetsTheSendersOpenConnectionAndTheProxyKeepsItsPort() throws Exception {
        Link link = new Link("a", "b");
        int port = topology.listenPort(link);
        try (LineSocket open = new LineSocket(port)) {
            open.send("before");
            assertThat(open.receive(2000)).isEqualTo("before");
            assertThat(b.received().poll(1, TimeUnit.SECONDS)).isEqualTo("before");

            net.partition(Grudge.oneWay("a", "b"));
            open.send("during");
            assertThat(open.endsWithin(2000)).as("the open connection is reset").isTrue();
            assertThat(b.received().poll(500, TimeUnit.MILLISECONDS)).as("its message is lost").isNull();
        }
        assertThatThrownBy(() -> new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close())
                .as("the cut proxy still holds its port").isInstanceOf(BindException.class);
        net.heal();
        assertThat(topology.listenPort(link)).isEqualTo(port);
        assertThat(sendOver(link, "after")).isTrue();
    }

    @Test
    void aCutClientToNodeReplyLinkLetsRequestsInButNoRepliesOut() throws Exception {
        int port = topology.listenPort(new Link("c1", "a"));
        net.proxyCreated(new Link("c1", "a"));
        try (LineSocket client = new LineSocket(port)) {
            client.send("ping-1");
            assertThat(client.receive(2000)).isEqualTo("ping-1");

            net.partition(Grudge.oneWay("a", "c1"));
            client.send("ping-2");
            assertThat(a.received().poll(2, TimeUnit.SECONDS)).isEqualTo("ping-1");
            assertThat(a.received().poll(2, TimeUnit.SECONDS)).as("the request arrives").isEqualTo("ping-2");
            assertThat(client.receive(500)).as("its reply does not").isNull();
        }
        net.heal();
        try (LineSocket client = new LineSocket(port)) {
            client.send("ping-3");
            assertThat(client.receive(2000)).isEqualTo("ping-3");
        }
    }

    @Test
    void slowDelaysEveryMessageAndFastRemovesTheDelay() throws Exception {
        net.slow(new Link("a", "b"), 300 * MS, 0);
        long start = System.nanoTime();
        assertThat(sendOver(new Link("a", "b"), "slow")).isTrue();
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(250 * MS);

        net.fast();
        start = System.nanoTime();
        assertThat(sendOver(new Link("a", "b"), "fast")).isTrue();
        assertThat(System.nanoTime() - start).isLessThan(200 * MS);
    }

    /** 8 KB through a link limited to 4 KB/s take about two seconds; after fast(), a blink. */
    @Test
    void throttleLimitsTheBandwidthAndFastLiftsIt() throws Exception {
        Link link = new Link("a", "b");
        net.throttle(link, 4 * 1024);
        long throttled = nanosToSend(link, 8 * 1024);
        net.fast();
        long unlimited = nanosToSend(link, 8 * 1024);

        System.out.printf("throttle(4 KB/s): 8 KB in %d ms, %d ms after fast()%n", throttled / MS, unlimited / MS);
        assertThat(throttled).isGreaterThanOrEqualTo(1500 * MS);
        assertThat(unlimited).isLessThan(1000 * MS);
    }

    /** Sends {@code bytes} in 64-byte lines over {@code link}'s proxy; how long until the receiver had them all. */
    private long nanosToSend(Link link, int bytes) throws Exception {
        EchoServer receiver = link.to().equals("a") ? a : b;
        receiver.received().clear();
        String line = "x".repeat(63);
        int lines = bytes / 64;
        long start = System.nanoTime();
        try (LineSocket socket = new LineSocket(topology.listenPort(link))) {
            for (int i = 0; i < lines; i++) {
                socket.send(line);
            }
            for (int i = 0; i < lines; i++) {
                assertThat(receiver.received().poll(10, TimeUnit.SECONDS)).as("line %d arrives", i).isEqualTo(line);
            }
        }
        return System.nanoTime() - start;
    }

    @Test
    void flakyLosesAboutTheGivenShareOfMessagesAndFastEndsIt() throws Exception {
        net.flaky(new Link("a", "b"), 0.5);
        double delivered = ReconnectingSender.deliveredShare(topology.listenPort(new Link("a", "b")), b, 3000);
        System.out.printf("flaky(0.5): %.2f of 3000 lines delivered%n", delivered);
        assertThat(delivered).isBetween(0.2, 0.8);

        net.fast();
        double after = ReconnectingSender.deliveredShare(topology.listenPort(new Link("a", "b")), b, 300);
        assertThat(after).isGreaterThan(0.95);
    }

    /** Sends one line on a fresh connection through {@code link}'s proxy; whether its receiver got it in 1 s. */
    private boolean sendOver(Link link, String line) throws Exception {
        EchoServer receiver = link.to().equals("a") ? a : b;
        receiver.received().clear();
        try (LineSocket socket = new LineSocket(topology.listenPort(link))) {
            socket.send(line);
            return line.equals(receiver.received().poll(1, TimeUnit.SECONDS));
        } catch (java.io.IOException refused) {
            return false;
        }
    }
}
