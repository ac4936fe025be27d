package io.faultline.cli;

import io.faultline.histories.Call;
import io.faultline.histories.History;
import io.faultline.histories.codec.Format;
import io.faultline.histories.model.CasRegisterModel;
import io.faultline.histories.model.KvModel;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.model.SetModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The data models {@code faultline check --model} accepts, by name, and the rule that picks one for {@code auto}.
 */
final class ModelChoice {
    /** What a model needs from the command line. */
    record Settings(Object initialValue, boolean nilReadsLegal) {
    }

    private static final Map<String, Function<Settings, Model<?>>> MODELS = new LinkedHashMap<>();

    static {
        MODELS.put("register", s -> new RegisterModel(s.initialValue()));
        MODELS.put("cas-register", s -> new CasRegisterModel(s.initialValue(), s.nilReadsLegal()));
        MODELS.put("kv", s -> new KvModel(s.initialValue()));
        MODELS.put("porcupine-kv", s -> KvModel.porcupine());
        MODELS.put("set", s -> new SetModel());
    }

    private ModelChoice() {
    }

    static String names() {
        return "auto, " + String.join(", ", MODELS.keySet());
    }

    /** The model called {@code name}, or for {@code auto} the one the format and the history's functions suggest. */
    static Model<?> resolve(String name, Format format, History history, Settings settings) {
        String chosen = name.equals("auto") ? guess(format, history) : name;
        Function<Settings, Model<?>> factory = MODELS.get(chosen);
        if (factory == null) {
            throw new UsageException("unknown model \"" + name + "\"; use one of: " + names());
        }
        return factory.apply(settings);
    }

    private static String guess(Format format, History history) {
        if (format == Format.PORCUPINE_KV) {
            return "porcupine-kv";
        }
        boolean keyed = false;
        for (Call c : history.calls()) {
            switch (c.f()) {
                case "add" -> {
                    return "set";
                }
                case "append", "get", "put" -> {
                    return "porcupine-kv";
                }
                default -> keyed |= c.key() != null;
            }
        }
        return keyed ? "kv" : "cas-register";
    }
}
