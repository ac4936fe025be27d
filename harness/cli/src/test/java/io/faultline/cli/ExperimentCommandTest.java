package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {

    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private int run(String... args) {
        return FaultlineMain.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    @Test
    void withoutANameItListsEveryExperimentAndItsSizes() {
        assertThat(run("experiment")).isZero();
        assertThat(stdout.toString()).contains("chord-path-length", "chord-keys-per-node", "chord-virtual-nodes",
                "chord-failed-lookups", "--max-exponent", "--max-virtual");
    }

    @Test
    void aSmallRunPrintsItsTableAndWritesCsvSvgAndText() throws Exception {
        int code = run("experiment", "chord-virtual-nodes", "--nodes", "50", "--keys", "2000", "--max-virtual", "4",
                "--trials", "1", "--seed", "3", "--out", out.toString());

        assertThat(code).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).containsPattern("(?m)^virtual_nodes\\s+mean\\s+p1\\s+p99")
                .contains("s wall").contains("./faultline experiment chord-virtual-nodes --seed 3 --keys 2000");
        assertThat(Files.readString(out.resolve("chord-virtual-nodes.csv"))).startsWith("virtual_nodes,mean,p1,p99");
        assertThat(Files.readString(out.resolve("chord-virtual-nodes.svg"))).startsWith("<svg");
        assertThat(out.resolve("chord-virtual-nodes.txt")).exists();
    }

    @Test
    void anUnknownExperimentIsAOneLineErrorListingTheKnownOnes() {
        assertThat(run("experiment", "chord-pathlength")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr.toString().strip()).isEqualTo("error: unknown experiment 'chord-pathlength'; use one of: "
                + "chord-failed-lookups, chord-keys-per-node, chord-path-length, chord-virtual-nodes");
    }

    @Test
    void aSizeOutOfRangeOrForAnotherExperimentIsAOneLineErrorWithTheFix() {
        assertThat(run("experiment", "chord-path-length", "--max-exponent", "30")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("experiment", "chord-path-length", "--keys", "10")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("experiment", "chord-path-length", "--min-exponent", "9", "--max-exponent", "5"))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(stderr.toString().lines().toList()).containsExactly(
                "error: --max-exponent (the largest ring is 2^this nodes) must be between 1 and 16, not 30",
                "error: chord-path-length does not take --keys; it takes --seed, --min-exponent, --max-exponent, "
                        + "--lookups (list them all: faultline experiment)",
                "error: --min-exponent 9 is above --max-exponent 5; lower it or raise --max-exponent");
        assertThat(stdout.toString()).as("nothing ran").isEmpty();
    }
}
