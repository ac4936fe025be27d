package io.faultline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path store;

    @Test
    void theDemoPrintsOneRowPerSystemAndFaultWithRaftLinearizableAndTheWeakDesignsCaught() {
        StringWriter out = new StringWriter();
        int code = FaultlineMain.run(new String[] {"demo", "--time-limit", "5s", "--store", store.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(code).isZero();
        String table = out.toString();
        for (String system : DemoCommand.SYSTEMS) {
            for (String faults : DemoCommand.FAULTS) {
                assertThat(table).containsPattern("(?m)^" + system + "\\s+" + faults + "\\s");
            }
        }
        assertThat(table).containsPattern("(?m)^raft\\s+partition\\s+linearizable\\s+none")
                .containsPattern("(?m)^raft\\s+kill\\s+linearizable\\s+none")
                .containsPattern("(?m)^quorum\\s+partition\\s+\\S.*not-linearizable")
                .contains("counterexample-linearizable.html").contains("Replay any row with: ./faultline run");
    }
}
