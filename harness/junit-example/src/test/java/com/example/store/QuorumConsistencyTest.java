package com.example.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.junit.ClusterTest;
import io.faultline.junit.Consistency;
import io.faultline.junit.Faultline;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class QuorumConsistencyTest {

    // last-writer-wins by Lamport clock does not follow real time, even without faults
    private final ClusterTest quorum = Faultline.cluster("quorum").workload("register")
            .timeLimit(Duration.ofSeconds(10)).checkTimeLimit(Duration.ofSeconds(2)).seed(1);

    @Test
    void quorumIsNotLinearizableButConverges() {
        assertThrows(AssertionFailedError.class, () -> quorum.requires(Consistency.LINEARIZABLE));
        quorum.requires(Consistency.EVENTUAL);
    }
}
