package io.faultline.workloads.set;

import io.faultline.workloads.client.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lin-kv cas request that appends an element to the list held in a key. */
final class CasBodies {
    private CasBodies() {
    }

    /**
     * A cas from the list just read to that list plus {@code element}. When the read found no key, the cas
     * starts from the empty list and asks to create the key ({@code create_if_not_exists}), so that two adds
     * racing to create it cannot both succeed.
     */
    static Map<String, Object> append(Object key, List<?> current, Object element, Reply readReply) {
        List<Object> next = new ArrayList<>(current);
        next.add(element);
        Map<String, Object> body = new HashMap<>();
        body.put("type", "cas");
        body.put("key", key);
        body.put("from", List.copyOf(current));
        body.put("to", List.copyOf(next));
        if (!(readReply instanceof Reply.Received r && "read_ok".equals(r.type()))) {
            body.put("create_if_not_exists", true);
        }
        return body;
    }
}
