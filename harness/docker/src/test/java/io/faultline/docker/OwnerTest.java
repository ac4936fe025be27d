package io.faultline.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerTest {

    @Test
    void labelsRoundTrip() {
        Owner me = Owner.self();
        assertThat(Owner.parse(me.labels().get(Owner.OWNER_LABEL))).contains(me);
        assertThat(me.labels()).containsEntry(Owner.RUNTIME_LABEL, "docker");
    }

    @Test
    void aLiveJvmIsNotGoneButARecycledPidOrADeadOneIs() throws Exception {
        Owner me = Owner.self();
        assertThat(me.isGone()).isFalse();
        assertThat(new Owner(me.host(), me.pid(), me.startMillis() - 1).isGone()).as("pid reused").isTrue();
        Process child = new ProcessBuilder("true").start();
        long pid = child.pid();
        child.waitFor();
        assertThat(new Owner(me.host(), pid, 0).isGone()).isTrue();
    }

    @Test
    void ownersOnOtherHostsAreNeverJudged() {
        assertThat(new Owner("some-other-host.invalid", 1, 0).isGone()).isFalse();
    }

    @Test
    void foreignLabelsAreIgnored() {
        assertThat(Owner.parse(null)).isEmpty();
        assertThat(Owner.parse("something else")).isEmpty();
        assertThat(Owner.parse("h/not-a-pid/1")).isEmpty();
    }
}
