package io.faultline.runtime;

/**
 * A cluster that can count the messages its nodes send one another (the simulator sees every one; a runtime of
 * real processes behind sockets cannot without a proxy that counts). Reports show messages per operation, the
 * price of a design's consistency, only for clusters that are this.
 */
public interface MessageCounting {

    /**
     * Node-to-node messages handed to the network since the cluster started, whether they arrived, were lost or
     * were cut. Client requests and the replies to them are not counted: they are the same for every design.
     */
    long nodeMessagesSent();
}
