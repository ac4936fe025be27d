package io.faultline.nemesis;

import io.faultline.runtime.Pausable;

/**
 * Freezes a random node or minority ({@code SIGSTOP}) and later thaws it (Jepsen's {@code db/Pause}): the node
 * keeps its state and wakes to a backlog of messages and timers, the classic way to make a leader believe it
 * still leads.
 */
public final class PauseNemesis extends NodeFaultNemesis<Pausable> {

    public PauseNemesis() {
        super(new Words("pause", "pause", "resume", "nothing to resume"),
                "pauses a random node or minority (state kept, nothing handled), later resumes it",
                Pausable.class, Pausable::pause, Pausable::resume);
    }
}
