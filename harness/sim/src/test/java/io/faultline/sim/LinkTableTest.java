package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sparse link table: links share a read-only default until changed, and changes stay on their own link. */
class LinkTableTest {

    private static final Latency NODE = Latency.constant(1);
    private static final Latency CLIENT = Latency.constant(2);

    private static LinkTable table(int nodes, int clients) {
        LinkTable table = new LinkTable(SimConfig.defaults(1).withNodeLatency(NODE).withClientLatency(CLIENT));
        for (int i = 0; i < nodes + clients; i++) {
            table.add(i, i >= nodes);
        }
        return table;
    }

    @Test
    void untouchedLinksHaveTheConfiguredDefaults() {
        LinkTable table = table(3, 1);
        assertThat(table.get(0, 1).latency).isEqualTo(NODE);
        assertThat(table.get(3, 0).latency).isEqualTo(CLIENT);
        assertThat(table.get(1, 3).latency).isEqualTo(CLIENT);
        assertThat(table.get(0, 1).cut).isFalse();
    }

    @Test
    void changingOneLinkLeavesItsReverseAndEveryOtherLinkAlone() {
        LinkTable table = table(3, 0);
        table.mutable(0, 1).cut = true;
        table.mutable(0, 1).lossProbability = 0.5;
        assertThat(table.get(0, 1).cut).isTrue();
        assertThat(table.get(0, 1).lossProbability).isEqualTo(0.5);
        for (int[] other : new int[][] {{1, 0}, {0, 2}, {2, 1}, {1, 2}}) {
            assertThat(table.get(other[0], other[1]).cut).as("link %d->%d", other[0], other[1]).isFalse();
            assertThat(table.get(other[0], other[1]).lossProbability).isZero();
        }
    }

    @Test
    void aChangedLinkKeepsItsStateWhenEndpointsJoinLater() {
        LinkTable table = table(2, 0);
        table.mutable(0, 1).cut = true;
        table.add(2, true);
        table.mutable(0, 2).latency = Latency.constant(7);
        assertThat(table.get(0, 1).cut).isTrue();
        assertThat(table.get(0, 2).latency).isEqualTo(Latency.constant(7));
        assertThat(table.get(1, 2).latency).isEqualTo(CLIENT);
        assertThat(table.size()).isEqualTo(3);
    }

    @Test
    void resettingRestoresBehaviourButKeepsCuts() {
        LinkTable table = table(2, 0);
        LinkState link = table.mutable(1, 0);
        link.cut = true;
        link.latency = Latency.constant(99);
        link.duplicateProbability = 1;
        table.resetBehaviour();
        assertThat(table.get(1, 0).cut).isTrue();
        assertThat(table.get(1, 0).latency).isEqualTo(NODE);
        assertThat(table.get(1, 0).duplicateProbability).isZero();
    }

    @Test
    void tenThousandNodesCostLinearMemory() {
        // the old square table held 10^8 link objects here; the sparse one holds two until something changes
        LinkTable table = table(10_000, 0);
        table.mutable(9_999, 0).cut = true;
        assertThat(table.get(9_999, 0).cut).isTrue();
        assertThat(table.get(0, 9_999).cut).isFalse();
    }
}
