package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final Pattern REPRODUCE = Pattern.compile("reproduce with: \\./faultline (run .*)");
    private static final Pattern STORED = Pattern.compile("stored\\s+(\\S+)");

    @TempDir
    Path store;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return FaultlineMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int runShort(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("run", "--time-limit", "3s", "--nemesis-interval", "500ms",
                "--store", store.toString()));
        all.addAll(Arrays.asList(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void aCorrectRaftRunPrintsVerdictsConsistencySeedStorePathAndReproduceCommandAndExitsZero() {
        int code = runShort("--system", "raft", "--workload", "register", "--nemesis", "partition,kill", "--seed", "7");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("seed 7").containsPattern("linearizable\\s+valid")
                .contains("strongest model satisfied: linearizable")
                .contains("reproduce with: ./faultline run --system raft --workload register --nemesis partition,kill"
                        + " --time-limit 3s").endsWith("--seed 7" + System.lineSeparator());
        assertThat(Path.of(group(STORED, out.toString())).resolve("history.jsonl")).isNotEmptyFile();
    }

    @Test
    void theReproduceCommandReplaysTheRunByteForByte() throws IOException {
        runShort("--system", "quorum", "--nemesis", "kill", "--bug", "w=1", "--checks", "linearizable");
        String first = group(STORED, out.toString());
        String[] replay = (group(REPRODUCE, out.toString()) + " --store " + store).split(" ");

        run(replay);

        String second = group(STORED, out.toString());
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readAllBytes(Path.of(second, "history.jsonl")))
                .isEqualTo(Files.readAllBytes(Path.of(first, "history.jsonl")));
    }

    @Test
    void aBugTheCheckersCatchExitsOneWithItsCounterexample() {
        int code = runShort("--system", "raft", "--bug", "stale-follower-reads", "--nemesis", "partition",
                "--checks", "linearizable", "--seed", "1");

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).containsPattern("linearizable\\s+invalid")
                .contains("counterexample-linearizable.html");
    }

    @Test
    void unknownNamesAreOneLineErrorsListingTheValidOnesAndStoreNothing() throws IOException {
        assertBadInput(runShort("--system", "zookeeper"),
                "no system named 'zookeeper'; known: [chord, maelstrom, napster, primary-backup, quorum, raft]");
        assertBadInput(runShort("--workload", "bank"), "known: kv, lookup, register, set");
        assertBadInput(runShort("--workload", "lookup"),
                "workload lookup sends 'lookup', which raft does not speak; systems that do: chord");
        assertBadInput(runShort("--nemesis", "partition,meteor"),
                "no nemesis named 'meteor'; known: bandwidth, churn, clock, fail-fraction, kill, kill-all, latency, loss,"
                        + " partition, partition-heal, pause");
        assertBadInput(runShort("--bug", "off-by-one"), "raft has no bug 'off-by-one'; its bugs: commit-previous-term");
        // every registered runtime is listed, docker (this module's dependency) among them
        assertBadInput(runShort("--runtime", "k8s"), "no runtime named 'k8s'; known: docker, maelstrom, process, sim");
        assertBadInput(runShort("--checks", "serializable"), "unknown check \"serializable\"");
        assertBadInput(runShort("--rate", "0"), "the rate must be positive");
        try (Stream<Path> files = Files.list(store)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theProcessRuntimeWithoutToxiproxyIsAOneLineErrorSayingHowToInstallIt() throws IOException {
        String previous = System.setProperty("faultline.toxiproxy", store.resolve("missing").toString());
        try {
            assertBadInput(runShort("--runtime", "process"), "FAULTLINE_TOXIPROXY is ");
            assertThat(err.toString()).contains("scripts/install-toxiproxy.sh");
        } finally {
            if (previous == null) {
                System.clearProperty("faultline.toxiproxy");
            } else {
                System.setProperty("faultline.toxiproxy", previous);
            }
        }
        try (Stream<Path> files = Files.list(store)) {
            assertThat(files).isEmpty();
        }
    }

    private void assertBadInput(int code, String message) {
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: ").contains(message);
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
        return m.group(1).strip();
    }
}
