package io.faultline.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.process.FreePorts.Range;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aPickedPortIsFreeAndOutsideTheEphemeralRange() throws IOException {
        int port = FreePorts.pick();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            String[] bounds = String.join(" ", Files.readAllLines(range)).trim().split("\\s+");
            Range ephemeral = new Range(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]) + 1);
            if (FreePorts.safeRange(ephemeral).isPresent()) {
                assertThat(port < ephemeral.from() || port >= ephemeral.to()).as("port %d outside %s", port, ephemeral).isTrue();
            }
        }
    }

    /** Two programs told their ports before either binds must not be told the same one. */
    @Test
    void portsPickedBeforeAnyIsBoundAreAllDifferent() {
        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            assertThat(picked.add(FreePorts.pick())).as("pick %d repeats a port", i).isTrue();
        }
    }

    @Test
    void theSafeRangeIsBelowTheEphemeralRangeWhenThereIsRoom() {
        assertThat(FreePorts.safeRange(new Range(32_768, 61_000))).contains(new Range(10_000, 32_768));
    }

    @Test
    void theSafeRangeIsAboveTheEphemeralRangeWhenItStartsLow() {
        assertThat(FreePorts.safeRange(new Range(1_024, 61_000))).contains(new Range(61_000, 65_536));
    }

    /** Then callers move whatever lost its port (see ProcessRuntime and ProxyTopology). */
    @Test
    void thereIsNoSafeRangeWhenEveryPortIsEphemeral() {
        assertThat(FreePorts.safeRange(new Range(1_024, 65_536))).isEmpty();
    }
}
