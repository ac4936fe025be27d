package io.faultline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class MainTest {

    @TempDir
    Path dir;

    private String err;
    private String out;

    private int run(String... args) {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        out = outBytes.toString(StandardCharsets.UTF_8);
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void assertBadArguments(String expected, String... args) {
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.strip()).doesNotContain("\n").startsWith("node-server: ").contains(expected);
        assertThat(out).isEmpty();
    }

    @Test
    void badArgumentsAreOneLineAndExitTwo() {
        String data = dir.toString();
        assertBadArguments("--nope", "--nope");
        assertBadArguments("missing --system", "--id", "n1", "--listen", "127.0.0.1:0", "--data-dir", data);
        assertBadArguments("no system named 'zab'", "--system", "zab", "--id", "n1", "--listen", "127.0.0.1:0",
                "--data-dir", data);
        assertBadArguments("--peer must be id=host:port", "--system", "raft", "--id", "n1", "--listen",
                "127.0.0.1:0", "--peer", "n2", "--data-dir", data);
        assertBadArguments("must be host:port", "--system", "raft", "--id", "n1", "--listen", "7001",
                "--data-dir", data);
        assertBadArguments("port out of range", "--system", "raft", "--id", "n1", "--listen", "127.0.0.1:70000",
                "--data-dir", data);
        assertBadArguments("raft has no bug 'typo'", "--system", "raft", "--id", "n1", "--listen", "127.0.0.1:0",
                "--data-dir", data, "--bug", "typo");
        assertBadArguments("--transport must be tcp or stdio", "--system", "raft", "--transport", "udp");
        assertBadArguments("must not name this node", "--system", "raft", "--id", "n1", "--listen", "127.0.0.1:0",
                "--peer", "n1=127.0.0.1:1", "--data-dir", data);
    }
}
