package io.faultline.histories.model;

import io.faultline.histories.Call;

/** The one-line error a model gives for a function it does not define. */
final class UnsupportedCall {
    private UnsupportedCall() {
    }

    static IllegalArgumentException of(Model<?> model, Call call, String supported) {
        return new IllegalArgumentException("model " + model.name() + " has no function \"" + call.f()
                + "\" (call " + call.id() + "); it supports " + supported);
    }
}
