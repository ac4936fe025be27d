package io.faultline.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.node.client.ClientRequest;
import java.util.List;

/**
 * Encodes {@link Envelope}s as Maelstrom's one-line JSON and back:
 * {@code {"src":"c1","dest":"n1","body":{"type":"write","msg_id":7,"key":"x","value":3}}}.
 *
 * <p>Body components are written in snake_case. Whole numbers decode as {@link Long}, so untyped values
 * ({@code Object} components) come back as the same plain data the histories hold; a body built with an
 * {@code Integer} therefore does not equal its decoded self. Thread-safe once built (the registry must not change
 * after).
 *
 * <p>Unknown fields: a {@link ClientRequest} must always decode exactly, so an unknown field there is a
 * {@link CodecException} naming it. How replies and node-to-node messages are read is the {@link Strictness}:
 * in production unknown fields there are ignored, as Maelstrom nodes ignore them (Maelstrom allows extra keys,
 * even in an {@code error} body, and nodes written elsewhere send them); under test every body must decode
 * exactly, so that a field one side writes and the other drops is a failing test, not a silent loss.
 */
public final class MessageCodec {

    /** Body fields that belong to the envelope; a body record must not use them. */
    private static final List<String> RESERVED = List.of("type", "msg_id", "in_reply_to");

    /** The system property that makes {@link #MessageCodec(MessageRegistry)} strict; the build's tests set it. */
    public static final String STRICT_PROPERTY = "faultline.codec.strict";

    /** Which bodies must not carry fields their record lacks. */
    public enum Strictness {
        /** Client requests only: production, where foreign nodes may add fields to what they send. */
        REQUESTS,
        /** Every body: tests, where an unknown field is a bug in one of our two sides. */
        ALL;

        /** {@link #ALL} when the system property {@value #STRICT_PROPERTY} is {@code true}, else {@link #REQUESTS}. */
        public static Strictness fromSystemProperty() {
            return Boolean.getBoolean(STRICT_PROPERTY) ? ALL : REQUESTS;
        }
    }

    private final MessageRegistry registry;
    private final Strictness strictness;
    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A codec as strict as the system property {@value #STRICT_PROPERTY} asks ({@link Strictness#fromSystemProperty}). */
    public MessageCodec(MessageRegistry registry) {
        this(registry, Strictness.fromSystemProperty());
    }

    public MessageCodec(MessageRegistry registry, Strictness strictness) {
        this.registry = registry;
        this.strictness = strictness;
    }

    /** One line of JSON, without the newline. */
    public String encode(Envelope envelope) {
        ObjectNode root = mapper.createObjectNode();
        root.put("src", envelope.src());
        root.put("dest", envelope.dest());
        root.set("body", encodeBody(envelope));
        return root.toString();
    }

    /** Parses one line of JSON; the body's {@code type} must be registered. */
    public Envelope decode(String json) {
        JsonNode root = parse(json);
        if (!(root.get("body") instanceof ObjectNode body) || !root.hasNonNull("src") || !root.hasNonNull("dest")) {
            throw new CodecException("not an envelope {src, dest, body}: " + json);
        }
        String type = body.path("type").asText("");
        Class<? extends Message> bodyClass = registry.classOf(type)
                .orElseThrow(() -> new CodecException("unknown message type '" + type + "': " + json));
        return new Envelope(root.get("src").asText(), root.get("dest").asText(), id(body, "msg_id"),
                id(body, "in_reply_to"), decodeBody(body, bodyClass, json));
    }

    /** Encodes and decodes again: what a real network would hand the receiver. */
    public Envelope roundTrip(Envelope envelope) {
        return decode(encode(envelope));
    }

    private ObjectNode encodeBody(Envelope envelope) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", registry.typeOf(envelope.body()));
        if (envelope.hasMsgId()) {
            body.put("msg_id", envelope.msgId());
        }
        if (envelope.isReply()) {
            body.put("in_reply_to", envelope.inReplyTo());
        }
        JsonNode fields = mapper.valueToTree(envelope.body());
        for (String reserved : RESERVED) {
            if (fields.has(reserved)) {
                throw new CodecException(envelope.body().getClass().getName() + " uses reserved field " + reserved);
            }
        }
        body.setAll((ObjectNode) fields);
        return body;
    }

    private Message decodeBody(ObjectNode body, Class<? extends Message> bodyClass, String json) {
        ObjectNode fields = body.deepCopy();
        fields.remove(RESERVED);
        ObjectReader reader = mapper.readerFor(bodyClass);
        if (strictness == Strictness.ALL || ClientRequest.class.isAssignableFrom(bodyClass)) {
            reader = reader.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        try {
            return reader.treeToValue(fields, bodyClass);
        } catch (UnrecognizedPropertyException e) {
            throw new CodecException("message type '" + body.path("type").asText() + "' has no field '"
                    + e.getPropertyName() + "' (" + bodyClass.getSimpleName() + " has " + e.getKnownPropertyIds()
                    + "): " + json, e);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CodecException("bad " + bodyClass.getSimpleName() + " body: " + json, e);
        }
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CodecException("malformed JSON: " + json, e);
        }
    }

    private static long id(JsonNode body, String field) {
        JsonNode id = body.get(field);
        return id == null || id.isNull() ? Envelope.NO_ID : id.asLong();
    }
}
