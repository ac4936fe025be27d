package io.faultline.histories.check.register;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;
import io.faultline.histories.model.RegisterModel;
import io.faultline.histories.model.Values;

/**
 * What the weaker checks take from the data model: the value every register key starts at, and which reads tell
 * nothing (Knossos's nil reads). They read values, not model states, so the model's options must reach them
 * through here: a check that assumed nil where the model starts at 0 would call the model's own reads of 0
 * impossible.
 *
 * @param initial the canonical initial value of every register key ({@code null} = nil)
 * @param model   the model, asked which ok reads are uninformative
 */
public record Conventions(Object initial, Model<?> model) {

    /** Registers that start at nil, every read informative. */
    public static final Conventions NIL = of(new RegisterModel());

    public static Conventions of(Model<?> model) {
        return new Conventions(Values.canonical(model.initialValue()), model);
    }

    /** Whether an ok call's output may be used as an observation of the state. */
    boolean informs(Call c) {
        return !model.isUninformative(c);
    }
}
