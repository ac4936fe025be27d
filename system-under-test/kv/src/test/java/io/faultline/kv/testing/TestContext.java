package io.faultline.kv.testing;

import io.faultline.node.Context;
import io.faultline.node.Envelope;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import io.faultline.node.Storage;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The {@link Context} that {@link TestCluster} hands one node for one handler call. Sends are
 * buffered in the cluster and leave when the handler returns, as the contract requires.
 */
final class TestContext implements Context {

    private final TestCluster cluster;
    private final TestCluster.Member member;
    private final Envelope handling;

    TestContext(TestCluster cluster, TestCluster.Member member, Envelope handling) {
        this.cluster = cluster;
        this.member = member;
        this.handling = handling;
    }

    @Override
    public String self() {
        return member.id();
    }

    @Override
    public List<String> peers() {
        return cluster.peersOf(member.id());
    }

    @Override
    public long now() {
        return cluster.nowNanos() + member.clockOffsetNanos;
    }

    @Override
    public RandomGenerator random() {
        return member.random;
    }

    @Override
    public long send(String to, Message body) {
        long msgId = member.nextMsgId++;
        cluster.enqueue(new Envelope(member.id(), to, msgId, Envelope.NO_ID, body));
        return msgId;
    }

    @Override
    public ReplyTo replyTo() {
        if (handling == null) {
            throw new IllegalStateException("replyTo() outside onMessage");
        }
        return new ReplyTo(handling.src(), handling.msgId());
    }

    @Override
    public void reply(ReplyTo request, Message body) {
        cluster.enqueue(new Envelope(member.id(), request.to(), member.nextMsgId++, request.msgId(), body));
    }

    @Override
    public long inReplyTo() {
        return handling == null ? Envelope.NO_ID : handling.inReplyTo();
    }

    @Override
    public long setTimer(long afterNanos, Object tag) {
        return cluster.schedule(member, afterNanos, tag);
    }

    @Override
    public void cancelTimer(long timerId) {
        cluster.cancel(timerId);
    }

    @Override
    public Storage storage() {
        return member.storage;
    }

    @Override
    public void log(String line) {
        cluster.log(member.id() + ": " + line);
    }
}
