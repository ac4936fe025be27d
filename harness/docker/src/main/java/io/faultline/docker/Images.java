package io.faultline.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import io.faultline.runner.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The images a docker cluster runs, all local (no registry is needed). The node image is
 * {@code docker/node/Dockerfile} over the node-server jar of this checkout, tagged by the jar's hash and built on
 * first use (about a second, over the {@code local/node-jre:25} base that {@code docker/build-images.sh} makes), so
 * a run always tests the code that was just built. {@code FAULTLINE_NODE_IMAGE} names another image instead.
 */
final class Images {

    static final String BASE_IMAGE = "local/node-jre:25";
    static final String NODE_REPOSITORY = "local/faultline-node";
    static final List<String> TOXIPROXY_IMAGES = List.of("local/toxiproxy:2.12.0", "ghcr.io/shopify/toxiproxy:2.12.0");
    private static final String FIX = "build the images with: bash docker/build-images.sh";

    private Images() {
    }

    /** The Toxiproxy image present on the engine. */
    static String toxiproxy(DockerClient docker) {
        return TOXIPROXY_IMAGES.stream().filter(image -> exists(docker, image)).findFirst()
                .orElseThrow(() -> new SpecException("no Toxiproxy image (" + TOXIPROXY_IMAGES.get(0) + "): " + FIX));
    }

    /** The node image: the one named by the environment, or this checkout's jar in the node Dockerfile. */
    static String node(DockerClient docker) {
        Optional<String> named = Settings.get("faultline.docker.nodeImage", "FAULTLINE_NODE_IMAGE");
        if (named.isPresent()) {
            if (!exists(docker, named.get())) {
                throw new SpecException("FAULTLINE_NODE_IMAGE names " + named.get() + ", which is not on the engine");
            }
            return named.get();
        }
        Path home = Settings.home().orElseThrow(() -> new SpecException(
                "cannot find the Faultline checkout (docker/node/Dockerfile): run from it or set FAULTLINE_HOME"));
        Path jar = home.resolve("system-under-test/node-server/target/node-server.jar");
        if (!Files.isRegularFile(jar)) {
            throw new SpecException("no " + jar + ": build it with mvn -B -pl system-under-test/node-server -am package");
        }
        Path dockerfile = home.resolve("docker/node/Dockerfile");
        String tag = NODE_REPOSITORY + ":" + hash(jar, dockerfile);
        if (!exists(docker, tag)) {
            build(docker, tag, dockerfile, jar);
        }
        return tag;
    }

    static boolean exists(DockerClient docker, String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void build(DockerClient docker, String tag, Path dockerfile, Path jar) {
        if (!exists(docker, BASE_IMAGE)) {
            throw new SpecException("no base image " + BASE_IMAGE + ": " + FIX);
        }
        Path context = null;
        try {
            context = Files.createTempDirectory("faultline-node-image");
            Files.copy(dockerfile, context.resolve("Dockerfile"));
            Files.copy(jar, context.resolve("node-server.jar"), StandardCopyOption.REPLACE_EXISTING);
            docker.buildImageCmd(context.toFile()).withTags(Set.of(tag)).withPull(false).withRemove(true)
                    .start().awaitImageId();
        } catch (IOException e) {
            throw new UncheckedIOException("building " + tag + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(context);
        }
    }

    /** The first 12 hex digits of SHA-256 over the files: the same jar and Dockerfile give the same tag. */
    private static String hash(Path... files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
