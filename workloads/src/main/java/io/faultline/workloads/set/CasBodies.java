package io.faultline.workloads.set;

import io.faultline.node.client.Cas;
import io.faultline.node.client.ReadOk;
import io.faultline.workloads.client.Response;
import java.util.ArrayList;
import java.util.List;

/** The lin-kv cas request that appends an element to the list held in a key. */
final class CasBodies {
    private CasBodies() {
    }

    /**
     * A cas from the list just read to that list plus {@code element}. When the read found no key, the cas
     * starts from the empty list and asks to create the key ({@code create_if_not_exists}), so that two adds
     * racing to create it cannot both succeed.
     */
    static Cas append(Object key, List<?> current, Object element, Response readResponse) {
        List<Object> next = new ArrayList<>(current);
        next.add(element);
        boolean keyMissing = !(readResponse instanceof Response.Reply r && r.body() instanceof ReadOk);
        return new Cas(key, List.copyOf(current), List.copyOf(next), keyMissing);
    }
}
