package io.faultline.histories.render;

import io.faultline.histories.Call;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * What a timeline draws, already bounded: the calls (one lane per process), the marks some carry, the faults behind
 * them, and where left-out calls were.
 *
 * @param calls          the calls to draw, in invocation order
 * @param orderOf        a call id's position in the longest linearizable order (1-based), or 0 for none
 * @param highlightedId  the id of the call that cannot be placed, or -1
 * @param bands          nemesis faults and instants to shade behind the calls
 * @param leftOutInvokes sorted invocation lines of the calls not drawn, to mark where the gaps are
 */
record Timeline(List<Call> calls, IntUnaryOperator orderOf, int highlightedId, List<Band> bands,
                long[] leftOutInvokes) {

    Timeline {
        calls = List.copyOf(calls);
        bands = List.copyOf(bands);
    }
}
