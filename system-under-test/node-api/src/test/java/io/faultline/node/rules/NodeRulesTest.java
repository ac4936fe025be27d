package io.faultline.node.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The rules must really fail: each forbidden habit in {@link Violations} breaks its rule and the composite. */
class NodeRulesTest {

    private static final String HERE = "io.faultline.node.rules..";

    static Stream<Arguments> violations() {
        return Stream.of(
                violation(Violations.StartsThread.class, NodeRules::noThreads),
                violation(Violations.UsesExecutor.class, NodeRules::noThreads),
                violation(Violations.OpensSocket.class, NodeRules::noNetworkOrFileIo),
                violation(Violations.OpensChannel.class, NodeRules::noNetworkOrFileIo),
                violation(Violations.ReadsCurrentTimeMillis.class, NodeRules::noSystemClock),
                violation(Violations.ReadsNanoTime.class, NodeRules::noSystemClock),
                violation(Violations.ReadsInstantNow.class, NodeRules::noSystemClock),
                violation(Violations.ReadsSystemClock.class, NodeRules::noSystemClock),
                violation(Violations.ReadsLocalDateTimeNow.class, NodeRules::noSystemClock),
                violation(Violations.UsesJavaUtilRandom.class, NodeRules::noUnseededRandomness),
                violation(Violations.UsesThreadLocalRandom.class, NodeRules::noUnseededRandomness),
                violation(Violations.UsesMathRandom.class, NodeRules::noUnseededRandomness),
                violation(Violations.UsesUnseededSplittableRandom.class, NodeRules::noUnseededRandomness),
                violation(Violations.UsesRandomUuid.class, NodeRules::noUnseededRandomness));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachRuleCatchesItsViolation(String name, JavaClasses bad, Function<String[], ArchRule> rule) {
        assertThatThrownBy(() -> rule.apply(new String[] {HERE}).check(bad)).isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void theCompositeCatchesEveryViolation(String name, JavaClasses bad, Function<String[], ArchRule> rule) {
        assertThatThrownBy(() -> NodeRules.deterministicNodes(HERE).check(bad)).isInstanceOf(AssertionError.class);
    }

    @Test
    void codeThatAsksItsContextPasses() {
        JavaClasses good = new ClassFileImporter().importClasses(Violations.AsksItsContext.class);
        assertThatCode(() -> NodeRules.deterministicNodes(HERE).check(good)).doesNotThrowAnyException();
    }

    @Test
    void aPackageWithNoClassesFailsInsteadOfPassingVacuously() {
        JavaClasses good = new ClassFileImporter().importClasses(Violations.AsksItsContext.class);
        assertThatThrownBy(() -> NodeRules.deterministicNodes("io.faultline.misspelt..").check(good))
                .isInstanceOf(AssertionError.class);
    }

    private static Arguments violation(Class<?> bad, Function<String[], ArchRule> rule) {
        return Arguments.of(bad.getSimpleName(), new ClassFileImporter().importClasses(bad), rule);
    }
}
