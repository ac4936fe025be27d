package io.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class StdioServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void speaksMaelstromOnStdinAndStdout() throws Exception {
        PipedOutputStream stdin = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(stdin, 1 << 16);
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        Log log = new Log(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        StdioServer.Config config = new StdioServer.Config("raft", null, new TreeMap<>(), new TreeSet<>(), 1L,
                1024);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> StdioServer.run(config, in, out, log));

        send(stdin, "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"read\",\"msg_id\":99,\"key\":\"x\"}}");
        send(stdin, "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\","
                + "\"node_ids\":[\"n1\"]}}");
        send(stdin, "garbage");
        send(stdin, "x".repeat(5000));
        JsonNode initOk = awaitReply(outBytes, 1);
        assertThat(initOk.path("body").path("type").asText()).isEqualTo("init_ok");
        long deadline = System.nanoTime() + 20_000_000_000L;
        long msgId = 10;
        JsonNode reply;
        do {
            Thread.sleep(100);
            msgId++;
            send(stdin, "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"msg_id\":" + msgId
                    + ",\"key\":\"x\",\"value\":5}}");
            reply = awaitReply(outBytes, msgId);
        } while (!reply.path("body").path("type").asText().equals("write_ok") && System.nanoTime() < deadline);
        assertThat(reply.path("body").path("type").asText()).isEqualTo("write_ok");
        assertThat(reply.path("dest").asText()).isEqualTo("c1");
        send(stdin, "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"read\",\"msg_id\":500,\"key\":\"x\"}}");
        assertThat(awaitReply(outBytes, 500).path("body").path("value").asLong()).isEqualTo(5);
        send(stdin, "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"cas\",\"msg_id\":501,\"key\":\"y\","
                + "\"from\":1,\"to\":2,\"create_if_not_exists\":true}}");
        assertThat(awaitReply(outBytes, 501).path("body").path("type").asText()).isEqualTo("cas_ok");
        send(stdin, "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"read\",\"msg_id\":502,\"key\":\"y\","
                + "\"at_least\":3}}");
        JsonNode refused = awaitReply(outBytes, 502).path("body");
        assertThat(refused.path("code").asInt()).isEqualTo(12);
        assertThat(refused.path("text").asText()).contains("no field 'at_least'");
        assertThat(lines(outBytes)).noneMatch(line -> line.contains("\"in_reply_to\":99"));
        stdin.close();
        assertThat(exit.get()).isZero();
    }

    private static void send(PipedOutputStream stdin, String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private static List<String> lines(ByteArrayOutputStream outBytes) {
        synchronized (outBytes) {
            return new ArrayList<>(outBytes.toString(StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static JsonNode awaitReply(ByteArrayOutputStream outBytes, long msgId) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (String line : lines(outBytes)) {
                JsonNode node = JSON.readTree(line);
                if (node.path("body").path("in_reply_to").asLong(-1) == msgId) {
                    return node;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no reply to " + msgId + " in " + lines(outBytes));
    }
}
