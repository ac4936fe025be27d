package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seed is a replay: two runs of the same spec write byte-identical {@code history.jsonl} files (FoundationDB's
 * and TigerBeetle's promise), under every kind of fault at once; another seed writes a different history.
 */
class SameSeedSameHistoryTest {

    @TempDir
    Path store;

    @Test
    void twoRunsWithTheSameSeedWriteIdenticalHistoryFiles() throws IOException {
        TestSpec spec = Sweep.shortRun("raft", "partition,kill,pause,latency,loss,clock").withSeed(7)
                .withStoreDir(store);

        byte[] first = historyBytes(Runner.run(spec));
        byte[] second = historyBytes(Runner.run(spec));
        byte[] otherSeed = historyBytes(Runner.run(spec.withSeed(8)));

        assertThat(first).hasSizeGreaterThan(10_000);
        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void theHistoryOnDiskIsTheHistoryTheCheckersSaw() throws IOException {
        RunResult run = Runner.run(Sweep.shortRun("quorum", "partition").withSeed(3)
                .withCheckers(List.of("linearizable")).withStoreDir(store));

        long lines = Files.readAllLines(run.files().orElseThrow().history()).size();
        assertThat(lines).isEqualTo(run.history().size());
    }

    @Test
    void runsSideBySideOnTwoThreadsRecordWhatEachRecordsAlone() {
        TestSpec spec = Sweep.shortRun("primary-backup", "partition,kill").withCheckers(List.of("linearizable"));

        List<RunResult> together = Sweep.all(spec, 1, 6);

        for (RunResult run : together) {
            assertThat(Runner.run(run.spec()).history().ops()).isEqualTo(run.history().ops());
        }
    }

    private static byte[] historyBytes(RunResult run) throws IOException {
        return Files.readAllBytes(run.files().orElseThrow().history());
    }
}
