package io.faultline.nemesis;

import io.faultline.runtime.Killable;

/**
 * Crashes a random node or minority ({@code kill -9}: volatile state and unsynced writes lost) and later restarts
 * it over its storage (Jepsen's {@code db/Kill} nemesis). The history says {@code kill} and {@code start}, as
 * Jepsen's does.
 */
public final class KillNemesis extends NodeFaultNemesis<Killable> {

    public KillNemesis() {
        super(new Words("kill", "kill", "start", "nothing to restart"),
                "crashes a random node or minority (unsynced state lost), later restarts it",
                Killable.class, Killable::kill, Killable::start);
    }
}
