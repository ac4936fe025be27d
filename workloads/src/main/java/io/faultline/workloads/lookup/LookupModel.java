package io.faultline.workloads.lookup;

import io.faultline.histories.Call;
import io.faultline.histories.model.Model;

/**
 * Lookups change nothing and have no sequential specification of their own: whether an answer is right depends on
 * which nodes are alive, which a model cannot see. So every call is accepted here, and {@link LookupChecker} does
 * the judging against its oracle of the live ring. This model exists because every workload names one.
 */
final class LookupModel implements Model<String> {

    @Override
    public String name() {
        return "lookup";
    }

    @Override
    public String init() {
        return "ring";
    }

    @Override
    public String step(String state, Call call) {
        return state;
    }

    @Override
    public boolean isReadOnly(Call call) {
        return true;
    }
}
