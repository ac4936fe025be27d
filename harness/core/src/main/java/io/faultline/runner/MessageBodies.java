package io.faultline.runner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Translates between the workloads' message bodies (Maelstrom JSON as maps: {@code {"type":"read","key":0}}) and
 * a system's typed {@link Message} records, the way a real network would: the same snake_case names and the same
 * number types ({@link Long} for whole numbers) as the wire codec.
 *
 * <p>A request body must map onto its record exactly: a field the record does not have is an error naming the
 * field and the message type, never dropped. A dropped field is a request the system silently does not carry out
 * (the set workload's {@code cas} once lost its {@code create_if_not_exists} this way, so every add failed and the
 * run still looked like a pass). Replies keep every field their record has.
 */
final class MessageBodies {

    private final MessageRegistry registry;
    private final ObjectMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    MessageBodies(MessageRegistry registry) {
        this.registry = registry;
    }

    /**
     * The record for a request body.
     *
     * @throws IllegalArgumentException if the system does not speak the body's {@code type}, or its record for that
     *                                  type lacks one of the body's fields
     */
    Message toMessage(Map<String, Object> body) {
        String type = String.valueOf(body.get("type"));
        Class<? extends Message> bodyClass = registry.classOf(type).orElseThrow(() ->
                new IllegalArgumentException("the system speaks no message type '" + type + "'"));
        Map<String, Object> fields = new LinkedHashMap<>(body);
        fields.remove("type");
        fields.remove("msg_id");
        fields.remove("in_reply_to");
        try {
            return mapper.convertValue(fields, bodyClass);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
                throw new IllegalArgumentException("message type '" + type + "' has no field '"
                        + unknown.getPropertyName() + "' (" + bodyClass.getSimpleName() + " has "
                        + unknown.getKnownPropertyIds() + "), so the system would never see it: " + body, e);
            }
            throw e;
        }
    }

    /** The body of a reply, with its {@code type}. */
    Map<String, Object> toBody(Message message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", registry.typeOf(message));
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = mapper.convertValue(message, Map.class);
        body.putAll(fields);
        return body;
    }
}
