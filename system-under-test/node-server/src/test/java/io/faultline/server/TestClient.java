package io.faultline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A line-at-a-time TCP client for tests: every read is bounded by a socket timeout. */
final class TestClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Socket socket = new Socket();
    private final OutputStream out;
    private final BufferedReader in;
    private final String id;
    private long nextMsgId = 1;

    TestClient(String id, int port) throws IOException {
        this.id = id;
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
        socket.setSoTimeout(3000);
        out = socket.getOutputStream();
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    void sendRaw(String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends {@code body} (without msg_id) to {@code dest} and waits for the reply to it. */
    JsonNode request(String dest, String bodyFields) throws IOException {
        long msgId = nextMsgId++;
        sendRaw("{\"src\":\"" + id + "\",\"dest\":\"" + dest + "\",\"body\":{\"msg_id\":" + msgId + ","
                + bodyFields + "}}");
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed");
            }
            JsonNode reply = JSON.readTree(line);
            if (reply.path("body").path("in_reply_to").asLong(-1) == msgId) {
                return reply.path("body");
            }
        }
    }

    /** Like {@link #request}, but a timeout answers {@code null}. */
    JsonNode tryRequest(String dest, String bodyFields) throws IOException {
        try {
            return request(dest, bodyFields);
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
