package io.faultline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.histories.History;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.codec.Histories;
import io.faultline.runner.RunFiles;
import io.faultline.runner.RunResult;
import io.faultline.runner.Runner;
import io.faultline.runner.TestSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stored run leaves behind: Jepsen's store layout, with the faults in the history and a replay command. */
class StoredRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path store;

    @Test
    void aRunStoresItsSpecSeedHistoryResultsReportsAndLogsAndLinksLatest() throws IOException {
        RunResult run = Runner.run(Sweep.shortRun("raft", "partition,kill").withSeed(5).withStoreDir(store));
        RunFiles files = run.files().orElseThrow();

        assertThat(files.dir().getParent()).isEqualTo(store.resolve("raft-register-partition+kill"));
        assertThat(Files.readString(files.dir().resolve("seed")).trim()).isEqualTo("5");
        JsonNode spec = JSON.readTree(files.dir().resolve("test.json").toFile());
        assertThat(spec.get("system").asText()).isEqualTo("raft");
        assertThat(spec.get("clock").asText()).as("the sim runtime's clock").isEqualTo("virtual");
        assertThat(spec.get("reproduce").asText()).isEqualTo(run.reproduceCommand()).endsWith("--seed 5");
        JsonNode results = JSON.readTree(files.results().toFile());
        assertThat(results.get("verdict").asText()).isEqualTo("valid");
        assertThat(results.get("strongest-model").asText()).isEqualTo("linearizable");
        assertThat(Files.readString(files.timeline())).contains("<svg");
        assertThat(files.log()).isNotEmptyFile();
        assertThat(files.counterexamples()).isEmpty();
        assertThat(store.resolve("latest").toRealPath()).isEqualTo(files.dir().toRealPath());
    }

    @Test
    void everyFaultAndHealIsANemesisInfoOpInTheHistoryFile() {
        RunResult run = Runner.run(Sweep.shortRun("raft", "partition,kill,pause").withSeed(2).withStoreDir(store));
        History onDisk = Histories.read(run.files().orElseThrow().history());

        assertThat(onDisk.nemesisOps().getLast().f()).as("the final reads begin after everything healed")
                .isEqualTo(Op.FINAL_READS);
        List<Op> nemesis = onDisk.faultOps();
        assertThat(nemesis).isNotEmpty().allMatch(op -> op.type() == OpType.INFO && op.value() instanceof String);
        assertThat(nemesis.stream().map(Op::f).distinct())
                .containsExactlyInAnyOrder("start-partition", "stop-partition", "kill", "start", "pause", "resume");
        assertThat(nemesis.getLast().f()).as("healed at the end").isIn("stop-partition", "start", "resume");
        assertThat(nemesis).filteredOn(op -> op.f().equals("start-partition"))
                .allMatch(op -> ((String) op.value()).matches("(halves|isolated|majorities ring|bridge) .*"));
    }

    @Test
    void aNonLinearizableRunStoresItsCounterexampleAsHtml() throws IOException {
        TestSpec buggy = Sweep.shortRun("raft", "partition").withBug("stale-follower-reads").withSeed(1)
                .withCheckers(List.of("linearizable")).withStoreDir(store);
        RunFiles files = Runner.run(buggy).files().orElseThrow();

        assertThat(files.counterexamples()).containsExactly(files.dir().resolve("counterexample-linearizable.html"));
        assertThat(Files.readString(files.counterexamples().get(0))).contains("Not linearizable");
    }
}
