package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline compare} on a small matrix: the table, the files, determinism, and reading the store back. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int compare(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("compare", "--systems", "raft,quorum", "--nemeses",
                "none,partition", "--time-limit", "4s", "--seed", "1", "--store", dir.resolve("store").toString()));
        args.addAll(List.of(more));
        return FaultlineMain.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theSameSeedWritesTheSameCsvOnAnyPoolAndTheStoreGivesItBack() throws Exception {
        assertThat(compare("--out", dir.resolve("a").toString(), "--threads", "2")).isZero();
        assertThat(compare("--out", dir.resolve("b").toString(), "--threads", "1")).isZero();
        assertThat(compare("--out", dir.resolve("c").toString(), "--from-store")).isZero();

        String csv = Files.readString(dir.resolve("a/compare.csv"));
        assertThat(Files.readString(dir.resolve("b/compare.csv"))).isEqualTo(csv);
        assertThat(Files.readString(dir.resolve("c/compare.csv"))).isEqualTo(csv);
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv).containsPattern("(?m)^sim,raft,none,register,1,linearizable,linearizable,0,0,0,")
                .containsPattern("(?m)^sim,raft,partition,register,1,linearizable,")
                .containsPattern("(?m)^sim,quorum,none,register,1,(sequential|session|eventual|none),.*,1,");
        // the simulator counts messages: every row has a node message count and messages per call
        csv.lines().skip(1).forEach(row -> assertThat(row).containsPattern(",\\d+,\\d+\\.\\d\\d,\\./faultline run "));
        // a raft leader replicates every call to all four followers; a quorum coordinator asks only n = 3 replicas
        assertThat(messagesPerCall(csv, "raft,none")).isGreaterThan(messagesPerCall(csv, "quorum,none") * 1.5);
    }

    private static double messagesPerCall(String csv, String cell) {
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        String row = csv.lines().filter(line -> line.startsWith("sim," + cell + ",")).findFirst().orElseThrow();
        // the columns before reproduce hold no commas: only consistency may be quoted, and it is before them
        List<String> fields = List.of(row.substring(0, row.lastIndexOf(",./faultline")).split(","));
        int fromEnd = header.size() - 1 - header.indexOf("messages_per_call");
        return Double.parseDouble(fields.get(fields.size() - fromEnd));
    }

    @Test
    void thePageLinksEveryCellToItsRunAndTheTerminalGetsTheTable() throws Exception {
        assertThat(compare("--out", dir.resolve("page").toString())).isZero();

        String html = Files.readString(dir.resolve("page/compare.html"));
        assertThat(html).contains("href=\"../store/raft-register-partition/").contains("/report.html\"")
                .contains("/counterexample-linearizable.html\"").contains("<td class=\"m-linearizable\"");
        assertThat(Files.readString(dir.resolve("page/runs.csv"))).contains(dir.resolve("store").toString());
        assertThat(out.toString()).containsPattern("(?m)^raft\\s+partition\\s+linearizable\\s+none\\s")
                .containsPattern("(?m)^quorum\\s+none\\s+\\S+\\s+.*not-linearizable x1")
                .contains("page    " + dir.resolve("page/compare.html"));
        assertThat(err.toString()).contains("[4/4]");
    }

    @Test
    void aCellNotInTheStoreIsShownAsNotRunWithItsCommand() throws Exception {
        assertThat(compare("--out", dir.resolve("empty").toString(), "--from-store")).isZero();

        assertThat(out.toString()).containsPattern("(?m)^raft\\s+none\\s+not run");
        String page = Files.readString(dir.resolve("empty/compare.html")).replaceAll("</?span[^>]*>", "")
                .replace("&#39;", "'"); // the one escaper writes an apostrophe as an entity
        assertThat(page).contains("4 cells read from the store; each row's settings are in its replay command")
                .contains("not in the store")
                .contains("./faultline run --system quorum --workload register --nemesis partition");
    }

    @Test
    void anUnknownSystemIsOneLineNamingTheKnownOnesBeforeAnyCellRuns() {
        int code = FaultlineMain.run(new String[] {"compare", "--systems", "raft,nosuch", "--nemeses", "none",
            "--time-limit", "1s", "--store", dir.toString(), "--out", dir.resolve("x").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).containsPattern("(?m)^error: .*nosuch.*raft").doesNotContain("\tat ")
                .doesNotContain("[1/2]");
        assertThat(dir.resolve("raft-register-none")).doesNotExist();
    }
}
