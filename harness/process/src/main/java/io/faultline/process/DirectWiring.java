package io.faultline.process;

import io.faultline.runtime.Grudge;
import io.faultline.runtime.Link;
import io.faultline.runtime.Net;
import java.net.InetSocketAddress;
import java.util.function.ToIntFunction;

/**
 * Nodes and clients connect straight to each other's ports: no Toxiproxy, so no network faults. The baseline of
 * the process benchmark; a network nemesis on it fails with a message saying so.
 */
final class DirectWiring implements Wiring {

    private final ToIntFunction<String> nodePort;
    private final Net net = new Unbreakable();

    DirectWiring(ToIntFunction<String> nodePort) {
        this.nodePort = nodePort;
    }

    @Override
    public String peerAddress(String from, String to) {
        return "127.0.0.1:" + nodePort.applyAsInt(to);
    }

    @Override
    public InetSocketAddress clientAddress(String client, String node) {
        return new InetSocketAddress("127.0.0.1", nodePort.applyAsInt(node));
    }

    @Override
    public Net net() {
        return net;
    }

    @Override
    public boolean canMove() {
        return false; // peers were told the port when they started
    }

    @Override
    public void nodeMoved(String node) {
        throw new UnsupportedOperationException("a directly wired node cannot move");
    }

    @Override
    public void close() {
    }

    /** A network without proxies cannot be broken: every fault is refused, none is pretended. */
    private static final class Unbreakable implements Net {

        private static UnsupportedOperationException refuse() {
            return new UnsupportedOperationException("the process runtime without Toxiproxy (direct wiring) "
                    + "cannot inject network faults");
        }

        @Override
        public void partition(Grudge grudge) {
            throw refuse();
        }

        @Override
        public void heal() {
        }

        @Override
        public Grudge grudge() {
            return Grudge.none();
        }

        @Override
        public void slow(Link link, long latencyNanos, long jitterNanos) {
            throw refuse();
        }

        @Override
        public void flaky(Link link, double lossProbability) {
            throw refuse();
        }

        @Override
        public void throttle(Link link, long bytesPerSecond) {
            throw refuse();
        }

        @Override
        public void fast() {
        }
    }
}
