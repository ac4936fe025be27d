package io.faultline.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class EventQueueTest {

    private record Tagged(long time, int order) {
    }

    @Property
    void popsInTimeOrderAndTiesInSchedulingOrder(
            @ForAll @Size(max = 3000) List<@LongRange(min = 0, max = 20) Long> times) {
        EventQueue queue = new EventQueue();
        List<Tagged> expected = new ArrayList<>();
        List<Tagged> popped = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            Tagged tagged = new Tagged(times.get(i), i);
            expected.add(tagged);
            queue.push(tagged.time(), () -> popped.add(tagged));
        }
        while (!queue.isEmpty()) {
            queue.pop().fire();
        }
        // a stable sort by time is exactly "by time, then by scheduling order"
        expected.sort(Comparator.comparingLong(Tagged::time));
        assertThat(popped).isEqualTo(expected);
    }
}
