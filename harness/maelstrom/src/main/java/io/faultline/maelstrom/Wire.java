package io.faultline.maelstrom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * One message on the harness's network, as the line a node printed or will read, with the envelope fields routing
 * needs. Bodies are not decoded: node-to-node messages are the program's business, in any vocabulary.
 *
 * @param line      the JSON envelope, one line
 * @param src       its {@code src}
 * @param dest      its {@code dest}
 * @param type      the body's {@code type}
 * @param inReplyTo the body's {@code in_reply_to}, or -1
 */
record Wire(String line, String src, String dest, String type, long inReplyTo) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The envelope in {@code line}, or empty if it is not one ({@code {"src","dest","body":{"type"}}}). */
    static Optional<Wire> parse(String line) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (root == null || !root.path("src").isTextual() || !root.path("dest").isTextual()
                || !root.path("body").isObject()) {
            return Optional.empty();
        }
        JsonNode body = root.get("body");
        long inReplyTo = body.path("in_reply_to").canConvertToLong() ? body.get("in_reply_to").asLong() : -1;
        return Optional.of(new Wire(line, root.get("src").asText(), root.get("dest").asText(),
                body.path("type").asText(""), inReplyTo));
    }
}
