package io.faultline.histories.model;

import io.faultline.histories.Call;

/**
 * A key-value map: an independent register per key, so it partitions by key (the default
 * {@link Model#partition}) and a state is the value of one key. Functions: {@code read}/{@code get} (nil if
 * absent), {@code write}/{@code put}, {@code cas([expected, new])} (with {@link CasRegisterModel}'s
 * precondition-failed rule), {@code delete}, and {@code append(s)} (string concatenation, absent = "").
 *
 * <p>Checkers must check each partition from {@link #init()}: the model does not look at keys itself.
 */
public final class KvModel implements Model<Object> {
    private final Object initial;

    /** Every key starts at {@code initial} ({@code null} = absent). */
    public KvModel(Object initial) {
        this.initial = Values.stateOf(initial);
    }

    /** Every key starts absent. */
    public KvModel() {
        this(null);
    }

    /** Porcupine's kv model ({@code test_data/kv}): every key starts as the empty string. */
    public static KvModel porcupine() {
        return new KvModel("");
    }

    @Override
    public String name() {
        return "kv";
    }

    @Override
    public Object init() {
        return initial;
    }

    @Override
    public Object step(Object state, Call call) {
        return switch (call.f()) {
            case "read", "get" -> RegisterSemantics.read(state, call, false);
            case "write", "put" -> RegisterSemantics.write(call);
            case "cas" -> RegisterSemantics.cas(state, call);
            case "delete" -> Values.NIL;
            case "append" -> append(state, call.input());
            default -> throw UnsupportedCall.of(this, call, "read/get, write/put, cas, delete, append");
        };
    }

    private static Object append(Object state, Object suffix) {
        String before = state == Values.NIL ? "" : state.toString();
        return before.concat(suffix == null ? "" : suffix.toString());
    }

    @Override
    public boolean mustPlace(Call call) {
        return RegisterSemantics.isPreconditionFailure(call) || Model.super.mustPlace(call);
    }

    @Override
    public Object initialValue() {
        return Values.valueOf(initial);
    }

    @Override
    public String describeState(Object state) {
        return RegisterSemantics.describe(state);
    }
}
