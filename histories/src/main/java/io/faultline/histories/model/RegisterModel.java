package io.faultline.histories.model;

import io.faultline.histories.Call;

/**
 * A read/write register. {@code write(v)} sets the value; {@code read} returns it ({@code null} = nil).
 * States are canonical values ({@link Values#canonical}) or {@link Values#NIL}.
 */
public final class RegisterModel implements Model<Object> {
    private final Object initial;

    /** A register that starts at {@code initial} ({@code null} = nil). */
    public RegisterModel(Object initial) {
        this.initial = Values.stateOf(initial);
    }

    /** A register that starts at nil. */
    public RegisterModel() {
        this(null);
    }

    @Override
    public String name() {
        return "register";
    }

    @Override
    public Object init() {
        return initial;
    }

    @Override
    public Object step(Object state, Call call) {
        return switch (call.f()) {
            case "read" -> RegisterSemantics.read(state, call, false);
            case "write" -> RegisterSemantics.write(call);
            default -> throw UnsupportedCall.of(this, call, "read, write");
        };
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
