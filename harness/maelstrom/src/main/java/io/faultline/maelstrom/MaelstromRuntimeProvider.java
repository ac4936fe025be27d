package io.faultline.maelstrom;

import io.faultline.runtime.Runtime;
import io.faultline.runtime.RuntimeProvider;
import io.faultline.runtime.RuntimeSettings;

/** Registers runtime {@code maelstrom}: the program given by {@code --bin}, N processes, the harness's network. */
public final class MaelstromRuntimeProvider implements RuntimeProvider {

    @Override
    public String name() {
        return "maelstrom";
    }

    @Override
    public String description() {
        return "N copies of any Maelstrom-protocol program (--bin PATH -- ARGS) on a network the harness controls,"
                + " in real time";
    }

    @Override
    public boolean runsPrograms() {
        return true;
    }

    @Override
    public Runtime create(RuntimeSettings settings) {
        return new MaelstromRuntime(settings, MaelstromRuntime.DEFAULT_INIT_TIMEOUT);
    }
}
