package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.testcontainers.containers.GenericContainer;

/**
 * Copies each node's output (every life of its container: Docker keeps the log across {@code kill} and
 * {@code start}) into the runtime's trace, which the runner stores as {@code logs/docker.log}, one line per log
 * line, prefixed with the node id.
 */
final class NodeLogs {

    private NodeLogs() {
    }

    static void copy(DockerClient docker, Map<String, GenericContainer<?>> nodes, Consumer<String> trace) {
        nodes.forEach((node, container) -> {
            if (container.getContainerId() != null) {
                trace.accept("---- log of " + node + " (container " + container.getContainerId().substring(0, 12)
                        + ") ----");
                lines(docker, container.getContainerId()).forEach(line -> trace.accept(node + "| " + line));
            }
        });
    }

    private static List<String> lines(DockerClient docker, String containerId) {
        List<String> lines = new ArrayList<>();
        StringBuilder partial = new StringBuilder();
        try (ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                partial.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                for (int newline = partial.indexOf("\n"); newline >= 0; newline = partial.indexOf("\n")) {
                    lines.add(partial.substring(0, newline));
                    partial.delete(0, newline + 1);
                }
            }
        }) {
            docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true).exec(callback)
                    .awaitCompletion(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            lines.add("(log incomplete: " + e.getMessage() + ")");
        }
        if (!partial.isEmpty()) {
            lines.add(partial.toString());
        }
        return lines;
    }
}
