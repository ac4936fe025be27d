package io.faultline.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompareCsvTest {

    private final List<CellResult> cells = Cells.four(Path.of("store"));
    private final List<String> lines = CompareCsv.table(cells).lines().toList();

    @Test
    void theHeaderHasAColumnForEveryKnownAnomalyKindSoTheSchemaNeverDependsOnTheResults() {
        assertThat(lines.get(0)).startsWith("runtime,system,nemesis,workload,seed,strongest,consistency,"
                + "not-linearizable,not-sequential,stale-read,read-your-writes,monotonic-reads")
                .endsWith("p50_ms,p95_ms,p99_ms,max_ms,node_messages,messages_per_call,reproduce");
        assertThat(lines).hasSize(5);
    }

    @Test
    void aRowHasTheCountsTheModelAndTheCostsAndQuotesFieldsWithCommas() {
        List<String> header = List.of(lines.get(0).split(","));
        String quorum = lines.get(3);
        assertThat(quorum).startsWith("sim,quorum,none,register,3,session,at least session; sequential unknown,1,0,6,0,2,");
        assertThat(quorum).contains(",300,210,290,70.0,96.7,virtual,3.000,7.000,102.000,150.000,,,");
        String raft = lines.get(1);
        assertThat(raft).contains(",2800,14.00,");
        assertThat(raft.split(",")).hasSize(header.size());
    }

    @Test
    void aMissingCellStillSaysHowToMakeIt() {
        assertThat(lines.get(4)).startsWith("sim,quorum,partition,register,3,,not in the store,")
                .endsWith("./faultline run --system quorum --workload register --nemesis partition --time-limit 30s"
                        + " --nodes 5 --rate 50 --concurrency 5 --seed 3");
    }

    @Test
    void runsCsvKeepsTheWallClockPartsApart() {
        assertThat(CompareCsv.runs(cells).lines().toList()).containsExactly(
                "runtime,system,nemesis,run_dir,wall_seconds",
                "sim,raft,none,store/raft-register-none/1,0.40",
                "sim,raft,partition,store/raft-register-partition/1,0.40",
                "sim,quorum,none,store/quorum-register-none/1,5.10",
                "sim,quorum,partition,,");
    }
}
