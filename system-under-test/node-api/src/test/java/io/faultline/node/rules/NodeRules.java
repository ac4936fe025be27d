package io.faultline.node.rules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLConnection;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.random.RandomGeneratorFactory;

/**
 * The determinism rules for node code, as ArchUnit rules any module can apply to its own packages. A node that
 * starts a thread, opens a socket, reads the system clock or draws from an unseeded random source behaves
 * differently in the simulator from one run to the next, and a seed no longer reproduces its bugs.
 *
 * <p>Use from a family module (test scope: {@code faultline-node-api} with {@code <type>test-jar</type>}, and
 * {@code archunit-junit5}):
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.faultline.kv", importOptions = ImportOption.DoNotIncludeTests.class)
 * class KvNodeRulesTest {
 *     @ArchTest
 *     static final ArchRule deterministic = NodeRules.deterministicNodes("io.faultline.kv..");
 * }
 * }</pre>
 * A rule whose packages match no class fails too (ArchUnit's empty-should check), so a misspelt package
 * cannot make it pass vacuously.
 */
public final class NodeRules {

    private NodeRules() {
    }

    /** All four rules below. {@code packages} are ArchUnit package patterns such as {@code io.faultline.kv..}. */
    public static ArchRule deterministicNodes(String... packages) {
        return CompositeArchRule.of(noThreads(packages))
                .and(noNetworkOrFileIo(packages))
                .and(noSystemClock(packages))
                .and(noUnseededRandomness(packages));
    }

    /** Nodes are single-threaded: the runtime calls them, they never run code on their own. */
    public static ArchRule noThreads(String... packages) {
        DescribedPredicate<JavaClass> threading = assignableTo(Thread.class).or(assignableTo(ThreadGroup.class))
                .or(assignableTo(Executor.class)).or(type(Executors.class))
                .or(assignableTo(CompletableFuture.class)).or(assignableTo(ForkJoinTask.class))
                .or(assignableTo(java.util.Timer.class));
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat(threading.as("threads or executors"))
                .because("a node is called by its runtime on one thread; use Context.setTimer to act later");
    }

    /** Nodes talk only through {@code Context.send} and persist only through {@code Context.storage()}. */
    public static ArchRule noNetworkOrFileIo(String... packages) {
        DescribedPredicate<JavaClass> io = assignableTo(Socket.class).or(assignableTo(ServerSocket.class))
                .or(assignableTo(DatagramSocket.class)).or(assignableTo(URLConnection.class))
                .or(resideInAPackage("java.nio.channels..")).or(resideInAPackage("java.net.http.."))
                .or(resideInAPackage("java.nio.file..")).or(type(java.io.File.class))
                .or(assignableTo(java.io.FileInputStream.class)).or(assignableTo(java.io.FileOutputStream.class))
                .or(type(java.io.RandomAccessFile.class));
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat(io.as("sockets, channels or files"))
                .because("the runtime owns the network and the disk: that is how it injects faults into them");
    }

    /** Nodes read time only from {@code Context.now()}, which the runtime may skew. */
    public static ArchRule noSystemClock(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().callMethodWhere(target(NodeRules::readsSystemClock, "reads the system clock"))
                .because("virtual time comes from Context.now(); the wall clock differs on every run");
    }

    /** Nodes draw randomness only from {@code Context.random()}, which the runtime seeds. */
    public static ArchRule noUnseededRandomness(String... packages) {
        return noClasses().that().resideInAnyPackage(packages)
                .should().dependOnClassesThat(assignableTo(Random.class).or(type(RandomGeneratorFactory.class))
                        .as("java.util.Random, SecureRandom, ThreadLocalRandom or RandomGeneratorFactory"))
                .orShould().callMethodWhere(target(NodeRules::drawsUnseededRandomness, "draws unseeded randomness"))
                .orShould().callConstructorWhere(target(NodeRules::seedsFromTheClock, "new SplittableRandom()"))
                .because("a seed reproduces a run only if Context.random() is the only source of chance");
    }

    private static boolean readsSystemClock(CodeUnitCallTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        return (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")))
                || (target.getOwner().getPackageName().equals("java.time") && name.equals("now"))
                || ((owner.equals("java.time.Clock") || owner.equals("java.time.InstantSource"))
                        && name.startsWith("system"));
    }

    private static boolean drawsUnseededRandomness(CodeUnitCallTarget target) {
        String owner = target.getOwner().getName();
        String name = target.getName();
        return ((owner.equals("java.lang.Math") || owner.equals("java.lang.StrictMath")) && name.equals("random"))
                || (owner.equals("java.util.random.RandomGenerator") && (name.equals("getDefault") || name.equals("of")))
                || (owner.equals("java.util.UUID") && name.equals("randomUUID"))
                // identity hashes differ between runs: as good as a random number
                || (owner.equals("java.lang.System") && name.equals("identityHashCode"));
    }

    private static boolean seedsFromTheClock(CodeUnitCallTarget target) {
        return target.getOwner().getName().equals("java.util.SplittableRandom")
                && target.getRawParameterTypes().isEmpty();
    }

    private static <A extends JavaAccess<? extends CodeUnitCallTarget>> DescribedPredicate<A> target(
            java.util.function.Predicate<CodeUnitCallTarget> test, String description) {
        return DescribedPredicate.describe(description, access -> test.test(access.getTarget()));
    }
}
