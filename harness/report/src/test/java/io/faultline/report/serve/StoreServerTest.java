package io.faultline.report.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.report.HtmlReport;
import io.faultline.report.RunFixture;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path store;

    @Test
    void theIndexListsRunsNewestFirstWithVerdictsAndLinksThatServeEachFile() throws Exception {
        HtmlReport.write(RunFixture.write(store.resolve("raft-old/20260101T000000.000"), "raft-old", "0"));
        RunFixture.write(store.resolve("raft-new/20260102T000000.000"), "raft-new", "0");
        Files.createDirectories(store.resolve("killed/20260103T000000.000"));
        try (StoreServer server = StoreServer.start(store, 0)) {
            HttpResponse<String> index = get(server.uri().resolve("/"));

            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).containsSubsequence("killed", "incomplete", "raft-new", "invalid", "raft-old")
                    .contains("href=\"/raft-old/20260101T000000.000/report.html\"")
                    .contains("href=\"/raft-old/20260101T000000.000/logs/sim.log\">log</a>");
            assertThat(get(server.uri().resolve("/raft-old/20260101T000000.000/logs/sim.log")).body())
                    .isEqualTo("a log line\n");
            HttpResponse<String> report = get(server.uri().resolve("/raft-old/20260101T000000.000/report.html"));
            assertThat(report.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(report.headers().firstValue("Content-Security-Policy")).contains(StoreServer.POLICY);
            assertThat(report.body()).contains("<section id=\"counterexample\">");
            assertThat(get(server.uri().resolve("/raft-new/20260102T000000.000/history.jsonl")).headers()
                    .firstValue("Content-Type")).contains("text/plain; charset=utf-8");
            assertThat(get(server.uri().resolve("/raft-new/20260102T000000.000/")).body()).contains("logs/")
                    .contains("results.json");
        }
    }

    @Test
    void traversalMissingFilesAndWritesAreRefused() throws Exception {
        Files.writeString(store.resolveSibling(store.getFileName() + "-secret.txt"), "secret");
        try (StoreServer server = StoreServer.start(store, 0)) {
            String raw = rawGet(server.port(), "/../" + store.getFileName() + "-secret.txt");
            assertThat(raw).startsWith("HTTP/1.1 404").doesNotContain("secret\n");
            assertThat(rawGet(server.port(), "/%2e%2e/%2e%2e/etc/passwd")).startsWith("HTTP/1.1 404");
            assertThat(get(server.uri().resolve("/no/such/file")).statusCode()).isEqualTo(404);
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(server.uri())
                    .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void itListensOnLoopbackOnlyAndATakenPortIsABindException() throws Exception {
        try (StoreServer first = StoreServer.start(store, 0)) {
            assertThat(first.uri().getHost()).isEqualTo("127.0.0.1");
            assertThatThrownBy(() -> StoreServer.start(store, first.port())).isInstanceOf(BindException.class);
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request written by hand, so that no client normalizes the path first. */
    private static String rawGet(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
