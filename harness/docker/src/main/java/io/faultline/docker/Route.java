package io.faultline.docker;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.model.ToxicDirection;

/**
 * Where a directed link's messages travel in Toxiproxy: through {@code proxy}, in {@code direction}. A node's
 * messages to a peer go upstream through that pair's own proxy; a client's requests go upstream through its proxy
 * for the node, and the node's replies come back downstream through the same one.
 */
record Route(Proxy proxy, ToxicDirection direction) {

    /** A toxic name unique on the proxy for this direction: {@code slow-up}, {@code slow-down}. */
    String toxicName(String kind) {
        return kind + (direction == ToxicDirection.UPSTREAM ? "-up" : "-down");
    }
}
