package io.faultline.runner;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import io.faultline.workloads.client.UntypedBody;
import java.util.Map;

/**
 * The one place where maps meet records: translates a workload's {@link UntypedBody} (a family's vocabulary the
 * workloads have no records for, such as Chord's {@code lookup}) into the system's typed {@link Message} record and
 * that record's reply back, the way a real network would: the same snake_case names and the same number types
 * ({@link Long} for whole numbers) as the wire codec. Typed bodies (the lin-kv records) never come here.
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
     * The record for an untyped request body.
     *
     * @throws IllegalArgumentException if the system does not speak the body's {@code type}, or its record for that
     *                                  type lacks one of the body's fields
     */
    Message toMessage(UntypedBody body) {
        Class<? extends Message> bodyClass = registry.classOf(body.type()).orElseThrow(() ->
                new IllegalArgumentException("the system speaks no message type '" + body.type() + "'"));
        try {
            return mapper.convertValue(body.fields(), bodyClass);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
                throw new IllegalArgumentException("message type '" + body.type() + "' has no field '"
                        + unknown.getPropertyName() + "' (" + bodyClass.getSimpleName() + " has "
                        + unknown.getKnownPropertyIds() + "), so the system would never see it: " + body, e);
            }
            throw e;
        }
    }

    /** The untyped body of a reply record. */
    UntypedBody toBody(Message message) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = mapper.convertValue(message, Map.class);
        return new UntypedBody(registry.typeOf(message), fields);
    }
}
