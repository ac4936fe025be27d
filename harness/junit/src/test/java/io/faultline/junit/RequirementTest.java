package io.faultline.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.histories.check.Verdict;
import io.faultline.histories.check.weak.Finding;
import io.faultline.histories.check.weak.Summary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementTest {

    private static final Finding STALE = new Finding("stale-read", "read 3 after 4 was written", List.of(7L, 9L),
            List.of("linearizable", "stale-reads"));
    private static final Finding LOST = new Finding("lost-write", "write 5 was lost", List.of(2L),
            List.of("eventual"));

    private static Summary summary(String strongest, String statement, Object... levelsAndVerdicts) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < levelsAndVerdicts.length; i += 2) {
            verdicts.put((String) levelsAndVerdicts[i], (Verdict) levelsAndVerdicts[i + 1]);
        }
        return new Summary(strongest, statement, verdicts, List.of(STALE, LOST));
    }

    @Test
    void aModelIsMetByItselfOrByAnyStrongerModel() {
        Summary sequential = summary("sequential", "sequential", "linearizable", Verdict.INVALID,
                "sequential", Verdict.VALID, "session", Verdict.UNKNOWN, "eventual", Verdict.VALID);

        assertThat(Requirement.unmet(Consistency.SEQUENTIAL, sequential)).isEmpty();
        assertThat(Requirement.unmet(Consistency.SESSION, sequential)).isEmpty();
        assertThat(Requirement.unmet(Consistency.EVENTUAL, sequential)).isEmpty();
        assertThat(Requirement.unmet(Consistency.LINEARIZABLE, sequential))
                .hasValue("not linearizable (strongest model kept: sequential)");
    }

    @Test
    void anUndecidedOrUncheckedModelIsNotMetAndTheMessageSaysWhatToDo() {
        Summary undecided = summary("none", "none established; linearizable unknown", "linearizable",
                Verdict.UNKNOWN);

        assertThat(Requirement.unmet(Consistency.LINEARIZABLE, undecided).orElseThrow())
                .startsWith("linearizable could not be established").contains("raise checkTimeLimit");
        assertThat(Requirement.unmet(Consistency.SEQUENTIAL, undecided).orElseThrow()).contains("did not run");
    }

    @Test
    void theAnomaliesShownAreThoseOfTheRequiredModelsChecker() {
        Summary s = summary("none", "none established", "linearizable", Verdict.INVALID, "eventual", Verdict.INVALID);

        assertThat(Requirement.breaking(Consistency.LINEARIZABLE, s)).containsExactly(STALE);
        assertThat(Requirement.breaking(Consistency.EVENTUAL, s)).containsExactly(LOST);
        // nothing reported by the session checkers themselves: show everything rather than nothing
        assertThat(Requirement.breaking(Consistency.SESSION, s)).containsExactly(STALE, LOST);
    }
}
