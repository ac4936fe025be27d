package io.faultline.workloads.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.History;
import io.faultline.histories.HistoryBuilder;
import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import io.faultline.histories.check.Budget;
import io.faultline.histories.check.CheckResult;
import io.faultline.histories.check.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The lookup checker on hand-made histories: Chord §4.2 (owners) and §5.1 (the ring after quiescence). */
class LookupCheckerTest {

    private static final long SECOND = 1_000_000_000L;
    private static final List<String> NODES = List.of("n1", "n2", "n3", "n4", "n5");
    private static final RingOracle ORACLE = new RingOracle(NODES);
    private static final LookupChecker CHECKER = new LookupChecker(Duration.ofSeconds(2));

    private final HistoryBuilder history = new HistoryBuilder("test");

    private void lookup(long atSeconds, long key, String owner, long hops) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("owner", owner);
        answer.put("hops", hops);
        history.add(at(Op.invoke(0, LookupClient.LOOKUP, key, null), atSeconds * SECOND));
        history.add(at(Op.ok(0, LookupClient.LOOKUP, key, answer), atSeconds * SECOND + 1000));
    }

    private void nemesis(long atSeconds, String f) {
        for (int line = 0; line < 2; line++) {
            history.add(new Op(-1, atSeconds * SECOND, OpType.INFO, Op.NEMESIS, f, null, "done", null, null));
        }
    }

    /** A ring-state sweep in which node i's successor is {@code successors.get(i)} (in {@code NODES} order). */
    private void sweep(long atSeconds, List<String> successors) {
        Map<String, Object> states = new LinkedHashMap<>();
        for (int i = 0; i < NODES.size(); i++) {
            if (successors.get(i) == null) {
                states.put(NODES.get(i), null);
                continue;
            }
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("joined", true);
            state.put("predecessor", "");
            state.put("successors", List.of(successors.get(i)));
            states.put(NODES.get(i), state);
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("nodes", NODES);
        value.put("states", states);
        history.add(at(Op.invoke(1, LookupClient.RING_STATE, null, null), atSeconds * SECOND));
        history.add(at(Op.ok(1, LookupClient.RING_STATE, null, value), atSeconds * SECOND + 1000));
    }

    private static Op at(Op op, long time) {
        return op.withTime(time);
    }

    private static List<String> correctSuccessors() {
        List<String> successors = new ArrayList<>();
        NODES.forEach(n -> successors.add(ORACLE.successorOf(n)));
        return successors;
    }

    private CheckResult check() {
        History built = history.build();
        return CHECKER.check(built, Budget.defaults());
    }

    @Test
    @DisplayName("Chord §4.2: lookups naming the oracle's owner and a correct ring are valid; hops are summarised")
    void rightOwnersAndOneCycleAreValid() {
        for (long key = 0; key < 100; key++) {
            lookup(3, key, ORACLE.owner(key), key % 4);
        }
        sweep(10, correctSuccessors());

        CheckResult result = check();
        LookupDetails details = (LookupDetails) result.details();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(details.judged()).isEqualTo(100);
        assertThat(details.hops()).isEqualTo(new HopStats(100, 1.5, 1, 3, 3));
    }

    @Test
    @DisplayName("Chord §4.2: a lookup in a quiet window that names another node than the oracle is invalid")
    void aWrongOwnerInAQuietWindowIsInvalid() {
        String wrong = ORACLE.successorOf(ORACLE.owner(7L));
        lookup(3, 7, wrong, 1);
        sweep(10, correctSuccessors());

        CheckResult result = check();
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("wrong-owner");
            assertThat(a.description()).contains("named " + wrong).contains("the oracle says " + ORACLE.owner(7L));
        });
    }

    @Test
    @DisplayName("a wrong owner during a fault, or within settle-ms of its heal, is not judged")
    void wrongOwnersDuringFaultsAndSettlingAreNotJudged() {
        String wrong = ORACLE.successorOf(ORACLE.owner(7L));
        nemesis(5, "kill");
        lookup(6, 7, wrong, 1);      // during the fault
        nemesis(8, "start");
        lookup(9, 7, wrong, 1);      // healed 1 s ago: still settling
        lookup(11, 7, ORACLE.owner(7L), 1);
        sweep(12, correctSuccessors());

        CheckResult result = check();
        assertThat(result.verdict()).isEqualTo(Verdict.VALID);
        assertThat(((LookupDetails) result.details()).judged()).isEqualTo(1);
        assertThat(((LookupDetails) result.details()).notJudged()).isEqualTo(2);
    }

    @Test
    @DisplayName("a lookup before the first settle-ms of the run is not judged; one after a fault that never healed"
            + " is not judged either")
    void theStartAndAnUnhealedFaultAreNotQuiet() {
        String wrong = ORACLE.successorOf(ORACLE.owner(7L));
        lookup(1, 7, wrong, 1);
        nemesis(5, "start-partition");
        lookup(9, 7, wrong, 1);
        sweep(12, correctSuccessors());

        assertThat(check().verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    @DisplayName("Chord §5.1: a sweep whose successor pointers are not one cycle in identifier order is invalid")
    void aBrokenRingIsInvalid() {
        List<String> successors = correctSuccessors();
        List<String> ring = ORACLE.ring();
        // the node before the last in identifier order skips the last one: two nodes now point at the first
        int skipper = NODES.indexOf(ring.get(ring.size() - 2));
        successors.set(skipper, ring.get(0));
        sweep(10, successors);

        CheckResult result = check();
        assertThat(result.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(result.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("broken-ring");
            assertThat(a.description()).contains(ring.get(ring.size() - 2) + " has successor " + ring.get(0))
                    .contains("cycle of 4");
        });
    }

    @Test
    @DisplayName("no sweep, or a node that does not answer one, leaves the verdict unknown")
    void missingRingStateIsUnknown() {
        lookup(3, 1, ORACLE.owner(1L), 1);
        assertThat(check().verdict()).isEqualTo(Verdict.UNKNOWN);

        List<String> successors = correctSuccessors();
        successors.set(0, null);
        sweep(10, successors);
        CheckResult result = check();
        assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
        assertThat(((LookupDetails) result.details()).unanswered()).containsExactly("n1");
    }

    @Test
    @DisplayName("Chord §4.2 consistent hashing: the oracle's owner is the first node at or after the key's SHA-1")
    void oracleIsConsistentHashing() {
        List<String> ring = ORACLE.ring();
        for (int i = 1; i < ring.size(); i++) {
            assertThat(RingOracle.sha1(ring.get(i))).isGreaterThan(RingOracle.sha1(ring.get(i - 1)));
        }
        for (long key = 0; key < 200; key++) {
            String owner = ORACLE.owner(key);
            java.math.BigInteger id = RingOracle.sha1(Long.toString(key));
            String before = ring.get((ring.indexOf(owner) + ring.size() - 1) % ring.size());
            boolean wraps = ring.indexOf(owner) == 0;
            assertThat(wraps ? id.compareTo(RingOracle.sha1(owner)) <= 0 || id.compareTo(RingOracle.sha1(before)) > 0
                    : id.compareTo(RingOracle.sha1(owner)) <= 0 && id.compareTo(RingOracle.sha1(before)) > 0)
                    .as("key " + key).isTrue();
        }
    }
}
