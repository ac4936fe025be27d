package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final Path FIXTURES = Path.of("../../histories/src/test/resources/fixtures");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FaultlineMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aLinearizableHistoryExitsZeroAndSaysSo() {
        int code = run("check", FIXTURES.resolve("porcupine/jepsen/etcd_002.log").toString());
        assertThat(code).isZero();
        assertThat(out.toString()).contains("strongest model satisfied: linearizable")
                .containsPattern("linearizable\\s+valid");
    }

    @Test
    void aViolationExitsOneAndWritesTheCounterexampleTimeline() {
        int code = run("check", FIXTURES.resolve("porcupine/jepsen/etcd_000.log").toString(),
                "--checks", "linearizable", "--out", dir.toString());
        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).contains("Cannot be placed next").contains("counterexample: ");
        assertThat(dir.resolve("etcd_000.log.counterexample.html")).exists();
    }

    @Test
    void knossosConventionsAreOptions() {
        String good = FIXTURES.resolve("knossos/cas-register/good/cas-register-bug.edn").toString();
        String bad = FIXTURES.resolve("knossos/cas-register/bad/bad-analysis.edn").toString();
        assertThat(run("check", good, "--checks", "linearizable", "--initial-value", "0", "--nil-reads-legal"))
                .isZero();
        assertThat(run("check", bad, "--checks", "linearizable", "--initial-value", "0", "--nil-reads-legal",
                "--out", dir.toString())).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void everyPublishedLinearizableHistoryExitsZeroWithTheModelsOptions() {
        // the weaker checks take the initial value and the nil-read convention, and a history without a
        // final-read phase is eventually consistent by implication, not "unknown"
        String knossos = FIXTURES.resolve("knossos/cas-register/good/memstress3-1.edn").toString();
        assertThat(run("check", knossos, "--initial-value", "0", "--nil-reads-legal")).as(out.toString()).isZero();
        assertThat(out.toString()).containsPattern("eventual\\s+valid\\s+implied by linearizable");
        assertThat(run("check", FIXTURES.resolve("porcupine/kv/c01-ok.txt").toString())).as(out.toString()).isZero();
    }

    @Test
    void aProcessThatInvokesAfterItsInfoIsReadAsAFreshOneAndTheOutputSaysSoOnce() throws IOException {
        Path h = write("reused.jsonl", """
                {"type":"invoke","process":0,"f":"write","value":1}
                {"type":"info","process":0,"f":"write","value":1}
                {"type":"invoke","process":0,"f":"read"}
                {"type":"ok","process":0,"f":"read","value":1}
                """);
        assertThat(run("check", h.toString())).as(out + err.toString()).isZero();
        assertThat(out.toString()).containsOnlyOnce("note     1 invoke by a process after its info started a fresh"
                + " logical process");
    }

    @Test
    void aHistoryInWhichNothingSucceededIsUnknown() throws IOException {
        Path h = write("nothing.jsonl", """
                {"type":"invoke","process":0,"f":"write","value":1}
                {"type":"fail","process":0,"f":"write","value":1}
                """);
        assertThat(run("check", h.toString())).isEqualTo(ExitCodes.UNKNOWN);
        assertThat(out.toString()).contains("vacuous: the history shows no acknowledged call");
    }

    @Test
    void anInternalErrorIsOneLineWithExitFourAndItsTraceOnlyWhenVerbose() {
        StringWriter quiet = new StringWriter();
        int code = UserErrors.internal(new StackOverflowError(), new PrintWriter(quiet, true), false);
        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(quiet.toString()).isEqualTo("internal error: java.lang.StackOverflowError (a bug in Faultline,"
                + " not in your input; run again with --verbose for the trace)" + System.lineSeparator());
        StringWriter verbose = new StringWriter();
        UserErrors.internal(new IllegalStateException("checker disagreement"), new PrintWriter(verbose, true), true);
        assertThat(verbose.toString()).contains("\tat ").contains("internal error: IllegalStateException: checker"
                + " disagreement");
    }

    @Test
    void everyCommandAcceptsVerbose() {
        assertThat(run("check", "--verbose", FIXTURES.resolve("porcupine/jepsen/etcd_002.log").toString())).isZero();
    }

    @Test
    void aTinyTimeLimitGivesUnknownNotAPass() {
        int code = run("check", FIXTURES.resolve("porcupine/jepsen/etcd_002.log").toString(),
                "--checks", "linearizable", "--time-limit", "1ns");
        assertThat(code).isEqualTo(ExitCodes.UNKNOWN);
        assertThat(out.toString()).containsPattern("linearizable\\s+unknown");
    }

    @Test
    void resultsCanBeWrittenAsJson() throws IOException {
        Path json = dir.resolve("results.json");
        run("check", FIXTURES.resolve("porcupine/kv/c01-ok.txt").toString(), "--checks", "linearizable",
                "--results", json.toString());
        assertThat(Files.readString(json)).contains("\"checker\" : \"linearizable\"").contains("\"VALID\"");
    }

    @Test
    void aMalformedLineIsOneLineNamingTheFileAndLine() throws IOException {
        Path h = write("h.jsonl", "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n{\"process\":0,\"f\":\"read\"}\n");
        assertThat(run("check", h.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: " + h + ":2: missing field \"type\"");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThat(run("check", dir.resolve("nope.jsonl").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: no such file: ").doesNotContain("Exception");
    }

    @Test
    void unknownNamesListTheValidOnes() throws IOException {
        Path h = write("h.jsonl", "{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}\n");
        assertThat(run("check", h.toString(), "--model", "btree")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown model \"btree\"").contains("cas-register");
        assertThat(run("check", h.toString(), "--format", "xml")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("check", h.toString(), "--checks", "serializable")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("unknown check \"serializable\"").doesNotContain("at io.");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("check");
    }
}
