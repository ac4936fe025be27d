package io.faultline.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The message types one system speaks: each body class under its wire {@code type} name. Every family registers
 * its own messages ({@link NodeFactory#registerMessages}); the shared client messages are registered by
 * {@link io.faultline.node.client.ClientMessages#register}. A name or a class can be registered only once, so two
 * families cannot silently claim the same {@code type}.
 */
public final class MessageRegistry {

    private final SortedMap<String, Class<? extends Message>> classByType = new TreeMap<>();
    // looked up by class only, never iterated: hash order cannot leak out
    private final Map<Class<? extends Message>, String> typeByClass = new HashMap<>();

    /**
     * Registers {@code type} for {@code bodyClass}. Registering the same pair again does nothing.
     *
     * @throws IllegalArgumentException if the name or the class is already registered differently
     */
    public MessageRegistry register(String type, Class<? extends Message> bodyClass) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bodyClass, "bodyClass");
        Class<? extends Message> known = classByType.get(type);
        String knownType = typeByClass.get(bodyClass);
        if ((known != null && known != bodyClass) || (knownType != null && !knownType.equals(type))) {
            throw new IllegalArgumentException("message type '" + type + "' / " + bodyClass.getName()
                    + " clashes with '" + knownType + "' / " + (known == null ? null : known.getName()));
        }
        classByType.put(type, bodyClass);
        typeByClass.put(bodyClass, type);
        return this;
    }

    /** The wire name of {@code body}'s class. */
    public String typeOf(Message body) {
        String type = typeByClass.get(body.getClass());
        if (type == null) {
            throw new CodecException("unregistered message class " + body.getClass().getName());
        }
        return type;
    }

    /** The class registered under {@code type}, if any. */
    public Optional<Class<? extends Message>> classOf(String type) {
        return Optional.ofNullable(classByType.get(type));
    }

    /** Every registered type name, sorted. */
    public SortedMap<String, Class<? extends Message>> types() {
        return new TreeMap<>(classByType);
    }
}
