package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAndServeCommandTest {
    private static final Pattern STORED = Pattern.compile("stored\\s+(\\S+)");

    @TempDir
    Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return FaultlineMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aRunPrintsItsReportAndReportWritesTheSamePageAgainFromTheStoredFiles() throws IOException {
        run("run", "--time-limit", "2s", "--seed", "3", "--store", store.toString());
        Matcher stored = STORED.matcher(out.toString());
        assertThat(stored.find()).as(out.toString()).isTrue();
        Path dir = Path.of(stored.group(1));
        assertThat(out.toString()).contains("report   " + dir.resolve("report.html"));
        String written = Files.readString(dir.resolve("report.html"));
        Files.delete(dir.resolve("report.html"));

        assertThat(run("report", dir.toString())).as(err.toString()).isZero();

        assertThat(out.toString().strip()).isEqualTo("report " + dir.resolve("report.html"));
        assertThat(Files.readString(dir.resolve("report.html"))).isEqualTo(written);
    }

    @Test
    void reportOfSomethingThatIsNotARunIsAOneLineError() {
        assertThat(run("report", store.resolve("nope").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("error: no such run directory").doesNotContain("\n");

        assertThat(run("report", store.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).contains("is not a stored run").doesNotContain("\n");
    }

    @Test
    void serveOnATakenPortOrWithoutAStoreIsAOneLineErrorWithTheFix() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("serve", "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()));

            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString().strip()).isEqualTo("error: port " + taken.getLocalPort() + " on 127.0.0.1 is in"
                    + " use; stop what holds it, or pick another with --port N (--port 0 picks a free one)");
        }
        assertThat(run("serve", "--store", store.resolve("missing").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("error: no store at").doesNotContain("\n");
    }
}
