package io.faultline.workloads.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkersTest {

    @Test
    void setsAreSortedAndDistinct() {
        assertThat(Workers.of(3, -1, 2, 3).toString()).isEqualTo("[-1, 2, 3]");
        assertThat(Workers.clientsAndNemesis(2)).isEqualTo(Workers.of(-1, 0, 1));
    }

    @Test
    void intersectKeepsTheCommonIdsAndReturnsItselfWhenNothingIsRemoved() {
        Workers all = Workers.clientsAndNemesis(4);
        assertThat(all.intersect(Workers.of(5, 2, 0, -3))).isEqualTo(Workers.of(0, 2));
        assertThat(all.intersect(Workers.of(-1, 0, 1, 2, 3, 9))).isSameAs(all);
        assertThat(all.intersect(Workers.empty()).isEmpty()).isTrue();
    }

    @Test
    void withoutRemovesOneIdAnywhere() {
        Workers all = Workers.clientsAndNemesis(3);
        assertThat(all.without(-1)).isEqualTo(Workers.of(0, 1, 2));
        assertThat(all.without(1)).isEqualTo(Workers.of(-1, 0, 2));
        assertThat(all.without(2)).isEqualTo(Workers.of(-1, 0, 1));
        assertThat(all.without(7)).isSameAs(all);
    }

    @Test
    void slicesAndContainment() {
        Workers all = Workers.clients(6);
        assertThat(all.slice(2, 4)).isEqualTo(Workers.of(2, 3));
        assertThat(all.containsAll(Workers.of(0, 5))).isTrue();
        assertThat(all.contains(Workers.NEMESIS)).isFalse();
    }
}
