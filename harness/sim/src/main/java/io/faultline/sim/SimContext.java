package io.faultline.sim;

import io.faultline.node.Context;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.Storage;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The simulator's side of {@link Context}: one per node, reused for every handler call, knowing which message
 * (if any) is being handled. Sends go straight onto the agenda; since a handler takes no virtual time, that is
 * indistinguishable from buffering them until it returns.
 */
final class SimContext implements Context {

    private final SimNode node;
    private Delivery current;

    SimContext(SimNode node) {
        this.node = node;
    }

    void handling(Delivery delivery) {
        current = delivery;
    }

    @Override
    public String self() {
        return node.id();
    }

    @Override
    public List<String> peers() {
        return node.peers();
    }

    @Override
    public long now() {
        return node.localNow();
    }

    @Override
    public RandomGenerator random() {
        return node.random();
    }

    @Override
    public long send(String to, Message body) {
        return node.send(to, Envelope.NO_ID, body);
    }

    @Override
    public ReplyTo replyTo() {
        if (current == null) {
            throw new IllegalStateException("replyTo() is only valid inside onMessage");
        }
        return new ReplyTo(current.from.id(), current.msgId);
    }

    @Override
    public void reply(ReplyTo request, Message body) {
        node.send(request.to(), request.msgId(), body);
    }

    @Override
    public long inReplyTo() {
        return current == null ? Envelope.NO_ID : current.inReplyTo;
    }

    @Override
    public long setTimer(long afterNanos, Object tag) {
        return node.setTimer(afterNanos, tag);
    }

    @Override
    public void cancelTimer(long timerId) {
        node.cancelTimer(timerId);
    }

    @Override
    public Storage storage() {
        return node.storage();
    }

    @Override
    public void log(String line) {
        node.log(line);
    }
}
