package io.faultline.process;

import io.faultline.node.MessageCodec;
import io.faultline.runtime.RuntimeUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How to start a node server JVM: this JVM's {@code java}, small-footprint flags, and the node server's code. The
 * code is the jar in {@code FAULTLINE_NODE_SERVER} (or the property {@code faultline.node-server}) if set, else
 * this JVM's own class path when it holds the node server (the CLI jar and the e2e tests do), else
 * {@code system-under-test/node-server/target/node-server.jar} under the working directory or a parent of it.
 */
final class NodeLauncher {

    static final String MAIN = "io.faultline.server.Main";
    /**
     * C1 only, a small heap and the serial collector: several node JVMs share two cores with the harness, and
     * starting fast matters more than peak speed. {@code FAULTLINE_NODE_JAVA_OPTS} replaces them.
     */
    private static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xms32m", "-Xmx256m", "-Xss512k", "-XX:-UsePerfData");
    private static final Path SHADED_JAR = Path.of("system-under-test", "node-server", "target", "node-server.jar");

    private final List<String> prefix;

    private NodeLauncher(List<String> prefix) {
        this.prefix = prefix;
    }

    /** @throws RuntimeUnavailableException in one line saying how to build the node server, if it is nowhere */
    static NodeLauncher find() {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions());
        command.addAll(code());
        return new NodeLauncher(List.copyOf(command));
    }

    /** The command line that starts node {@code id} with the node server's {@code arguments}. */
    List<String> command(String id, List<String> arguments) {
        List<String> command = new ArrayList<>(prefix.subList(0, 1));
        command.add("-Dfaultline.node=" + id); // names the node in ps output
        // a harness under test reads every body strictly; its nodes must too, or a dropped field goes unseen
        command.add("-D" + MessageCodec.STRICT_PROPERTY + "=" + Boolean.getBoolean(MessageCodec.STRICT_PROPERTY));
        command.addAll(prefix.subList(1, prefix.size()));
        command.addAll(arguments);
        return command;
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static List<String> jvmOptions() {
        String configured = System.getenv("FAULTLINE_NODE_JAVA_OPTS");
        return configured == null ? DEFAULT_JVM_OPTIONS
                : Arrays.stream(configured.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> code() {
        String configured = System.getProperty("faultline.node-server", System.getenv("FAULTLINE_NODE_SERVER"));
        if (configured != null) {
            if (!Files.isRegularFile(Path.of(configured))) {
                throw new RuntimeUnavailableException("FAULTLINE_NODE_SERVER is " + configured
                        + ", which is not a file; " + howToBuild());
            }
            return List.of("-cp", configured, MAIN);
        }
        if (NodeLauncher.class.getClassLoader().getResource(MAIN.replace('.', '/') + ".class") != null) {
            return List.of("-cp", System.getProperty("java.class.path"), MAIN);
        }
        return shadedJar().map(jar -> List.of("-cp", jar.toString(), MAIN)).orElseThrow(
                () -> new RuntimeUnavailableException("the process runtime needs the node server, which is not on "
                        + "the class path; " + howToBuild()));
    }

    private static Optional<Path> shadedJar() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path jar = dir.resolve(SHADED_JAR);
            if (Files.isRegularFile(jar)) {
                return Optional.of(jar);
            }
        }
        return Optional.empty();
    }

    private static String howToBuild() {
        return "build it with `mvn -pl system-under-test/node-server -am package -DskipTests` and set "
                + "FAULTLINE_NODE_SERVER to system-under-test/node-server/target/node-server.jar";
    }
}
