package io.faultline.sim;

/** Something with an address on the simulated network: a node or a client. */
interface Endpoint {

    String id();

    /** Dense index, assigned in creation order; keys the link table. */
    int index();

    /** A message arrived through a working link. */
    void receive(Delivery delivery);
}
