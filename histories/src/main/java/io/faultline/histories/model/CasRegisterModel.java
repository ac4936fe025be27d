package io.faultline.histories.model;

import io.faultline.histories.Call;

/**
 * A compare-and-set register: {@code read}, {@code write(v)}, {@code cas([expected, new])}.
 *
 * <p>A {@code fail} cas whose error is {@code precondition-failed} (Maelstrom's code 22, or the returned-false
 * cas of Porcupine's etcd logs) is not a non-event: it observed a value other than {@code expected}, so the
 * checker must place it, at a point where the register held something else. Every other {@code fail} did not
 * happen and is dropped, as Jepsen says.
 */
public final class CasRegisterModel implements Model<Object> {
    private final Object initial;
    private final boolean nilReadsAlwaysLegal;

    /**
     * @param initial             the value before any operation ({@code null} = nil)
     * @param nilReadsAlwaysLegal Knossos's convention: a read of nil is legal in any state
     */
    public CasRegisterModel(Object initial, boolean nilReadsAlwaysLegal) {
        this.initial = Values.stateOf(initial);
        this.nilReadsAlwaysLegal = nilReadsAlwaysLegal;
    }

    /** Starts at nil; nil reads must match. The model for Porcupine's etcd logs. */
    public CasRegisterModel() {
        this(null, false);
    }

    /** Starts at 0 and takes nil reads as always legal: the model Knossos's cas-register tests use. */
    public static CasRegisterModel knossos() {
        return new CasRegisterModel(0L, true);
    }

    @Override
    public String name() {
        return "cas-register";
    }

    @Override
    public Object init() {
        return initial;
    }

    @Override
    public Object step(Object state, Call call) {
        return switch (call.f()) {
            case "read" -> RegisterSemantics.read(state, call, nilReadsAlwaysLegal);
            case "write" -> RegisterSemantics.write(call);
            case "cas" -> RegisterSemantics.cas(state, call);
            default -> throw UnsupportedCall.of(this, call, "read, write, cas");
        };
    }

    @Override
    public Object initialValue() {
        return Values.valueOf(initial);
    }

    /** Under Knossos's convention a read of nil fits every state, so it tells a checker nothing. */
    @Override
    public boolean isUninformative(Call call) {
        return nilReadsAlwaysLegal && call.isOk() && isReadOnly(call) && call.output() == null;
    }

    @Override
    public boolean mustPlace(Call call) {
        return RegisterSemantics.isPreconditionFailure(call) || Model.super.mustPlace(call);
    }

    @Override
    public String describeState(Object state) {
        return RegisterSemantics.describe(state);
    }
}
