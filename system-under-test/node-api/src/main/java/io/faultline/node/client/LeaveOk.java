package io.faultline.node.client;

import io.faultline.node.Message;

/** {@code leave_ok}: the node has left; {@code handedTo} took over what it held ({@code ""} if nobody). */
public record LeaveOk(String handedTo) implements Message {
}
