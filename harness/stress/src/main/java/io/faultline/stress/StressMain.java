package io.faultline.stress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;

/**
 * The main of {@code jcstress.jar}: jcstress's own run (same options, same reports), then one line per test with
 * every outcome it saw and how often, summed over its forks and JVM configurations (the figures a report quotes),
 * and an exit code a build can rely on. jcstress itself ends a failed run by throwing an {@link AssertionError}
 * from deep inside its report printer, and a run in which no test matched as a success.
 *
 * <p>Exit 0 when at least one test ran and every test saw only acceptable outcomes; 1 when one saw a forbidden or
 * unlisted outcome or errored (threw, timed out, crashed its VM), or none ran; 2 when the options are bad.
 */
public final class StressMain {

    private static final Set<String> NO_RUN = Set.of("-h", "-l", "-p");

    private StressMain() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).stream().anyMatch(NO_RUN::contains)) {
            org.openjdk.jcstress.Main.main(args); // help, listing or re-parsing: nothing runs, nothing to grade
            return;
        }
        Options options = new Options(args);
        if (!options.parse()) {
            System.exit(2);
        }
        try {
            new JCStress(options).run();
        } catch (AssertionError failures) {
            // jcstress ends a run that saw failures by throwing them; they are graded below with the counts
        }
        List<String> failed = grade(options.getResultFile());
        if (!failed.isEmpty()) {
            System.out.println("faultline stress: FAILED " + failed);
            System.exit(1);
        }
        System.out.println("faultline stress: every test saw only acceptable outcomes");
    }

    /**
     * Prints each test's outcomes, summed over its forks and JVM configurations, and the reasons for any failure;
     * returns the names of the tests that failed or errored.
     */
    private static List<String> grade(String resultFile) throws Exception {
        InProcessCollector collector = new InProcessCollector();
        if (Files.exists(Path.of(resultFile))) { // jcstress writes none when no test matched
            DiskReadCollector reader = new DiskReadCollector(resultFile, collector);
            reader.dump();
            reader.close();
        }
        Map<String, Map<String, Long>> outcomes = new TreeMap<>();
        Set<String> failed = new TreeSet<>();
        for (TestResult result : collector.getTestResults()) {
            Map<String, Long> counts = outcomes.computeIfAbsent(result.getName(), name -> new TreeMap<>());
            result.getStateKeys().forEach(state -> counts.merge(state, result.getCount(state), Long::sum));
            if (result.status() != Status.NORMAL || !result.grading().isPassed) {
                failed.add(result.getName());
                System.out.println("faultline stress: " + result.getName() + " " + result.status() + " "
                        + result.grading().failureMessages + " " + result.getMessages());
            }
        }
        if (outcomes.isEmpty()) {
            failed.add("(no test ran)");
        }
        outcomes.forEach((test, counts) -> System.out.println("faultline stress: "
                + (failed.contains(test) ? "FAILED " : "ok ") + test + " " + counts));
        return List.copyOf(failed);
    }
}
