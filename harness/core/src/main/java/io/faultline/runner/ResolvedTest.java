package io.faultline.runner;

import io.faultline.histories.check.CheckSuite;
import io.faultline.nemesis.Nemeses;
import io.faultline.nemesis.Nemesis;
import io.faultline.node.NodeFactories;
import io.faultline.node.NodeFactory;
import io.faultline.runtime.ClusterSpec;
import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.Runtimes;
import io.faultline.workloads.Workload;
import io.faultline.workloads.WorkloadOptions;
import io.faultline.workloads.Workloads;
import java.util.List;

/**
 * A {@link TestSpec} with every name looked up in its registry: the first phase of a run, and the only place a
 * misspelt name is caught. Each failure is a {@link SpecException} whose message lists the valid names.
 *
 * @param spec     the spec
 * @param system   the system under test
 * @param cluster  its nodes, options and bugs
 * @param workload the workload
 * @param options  the workload's options (concurrency, client timeout, its own settings)
 * @param checks   the checkers that will judge the history
 * @param nemeses  fresh nemeses for this run, in turn order
 * @param runtime  where the cluster runs
 */
record ResolvedTest(TestSpec spec, NodeFactory system, ClusterSpec cluster, Workload workload,
                    WorkloadOptions options, CheckSuite checks, List<Nemesis> nemeses, RuntimeProvider runtime) {

    static ResolvedTest of(TestSpec spec) {
        NodeFactory system = lookUp(() -> NodeFactories.byName(spec.system()));
        ClusterSpec cluster = clusterOf(spec, system);
        Workload workload = lookUp(() -> Workloads.named(spec.workload()));
        requireSpoken(system, workload);
        WorkloadOptions options = new WorkloadOptions(spec.concurrency(), spec.clientTimeout(),
                spec.workloadOptions());
        lookUp(() -> options.requireKnown(workload.name(), workload.options()));
        CheckSuite checks = lookUp(() -> CheckPlan.of(workload, options, spec.checkers()));
        List<Nemesis> nemeses = lookUp(() -> Nemeses.named(spec.nemeses()));
        RuntimeProvider runtime = lookUp(() -> Runtimes.byName(spec.runtime()));
        requireProgramOnlyWhereRun(spec, runtime);
        return new ResolvedTest(spec, system, cluster, workload, options, checks, nemeses, runtime);
    }

    private static void requireProgramOnlyWhereRun(TestSpec spec, RuntimeProvider runtime) {
        if (!spec.bin().isEmpty() && !runtime.runsPrograms()) {
            throw new SpecException("--bin names a program for --runtime maelstrom; runtime " + runtime.name()
                    + " runs Faultline's own systems (pick one with --system)");
        }
    }

    private static ClusterSpec clusterOf(TestSpec spec, NodeFactory system) {
        ClusterSpec cluster = ClusterSpec.of(system, spec.nodeCount());
        for (String bug : spec.bugs()) {
            if (!system.bugs().containsKey(bug)) {
                throw new SpecException(system.name() + " has no bug '" + bug + "'; its bugs: "
                        + (system.bugs().isEmpty() ? "none" : String.join(", ", system.bugs().keySet())));
            }
            cluster = cluster.withBug(bug);
        }
        for (var option : spec.systemOptions().entrySet()) {
            cluster = cluster.withOption(option.getKey(), option.getValue());
        }
        return cluster;
    }

    /** A workload whose requests the system does not understand would fail mid-run: refuse it up front. */
    private static void requireSpoken(NodeFactory system, Workload workload) {
        for (String type : workload.requestTypes()) {
            if (system.messages().classOf(type).isEmpty()) {
                List<String> speakers = NodeFactories.all().values().stream()
                        .filter(s -> s.messages().classOf(type).isPresent()).map(NodeFactory::name).toList();
                throw new SpecException("workload " + workload.name() + " sends '" + type + "', which "
                        + system.name() + " does not speak; systems that do: "
                        + (speakers.isEmpty() ? "none" : String.join(", ", speakers)));
            }
        }
    }

    private interface Lookup<T> {
        T get();
    }

    private static <T> T lookUp(Lookup<T> lookup) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException e) {
            throw new SpecException(e.getMessage());
        }
    }

    private static void lookUp(Runnable check) {
        lookUp(() -> {
            check.run();
            return null;
        });
    }
}
