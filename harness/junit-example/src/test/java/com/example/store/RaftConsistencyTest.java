package com.example.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.junit.Consistency;
import io.faultline.junit.Faultline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RaftConsistencyTest {

    @Test
    void raftStaysLinearizableThroughPartitions() {
        Faultline.cluster("raft").nodes(3).workload("register").nemesis("partition")
                .timeLimit(Duration.ofSeconds(10)).seed(1).requires(Consistency.LINEARIZABLE);
    }

    @Test
    void readsFromFollowersAreCaughtWithACounterexample() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () ->
                Faultline.cluster("raft").bug("stale-follower-reads").nodes(3).workload("register")
                        .nemesis("partition").timeLimit(Duration.ofSeconds(10)).seed(1)
                        .requires(Consistency.LINEARIZABLE));

        String message = failure.getMessage();
        assertTrue(message.contains("is not linearizable"), message);
        Path counterexample = Path.of(message.replaceAll("(?s).*counterexample: (\\S+).*", "$1"));
        assertTrue(Files.isRegularFile(counterexample), message);
    }
}
