package io.faultline.server;

import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;

/** A test-only system whose node answers reads with 0 and throws on anything else: a node bug. */
public final class ThrowingSystem implements NodeFactory {

    @Override
    public String name() {
        return "test-throwing";
    }

    @Override
    public String description() {
        return "throws on every message but read";
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
    }

    @Override
    public Node create(NodeConfig config) {
        return new Node() {
            @Override
            public void onStart(Context ctx) {
            }

            @Override
            public void onMessage(Context ctx, String from, Message message) {
                if (message instanceof Read) {
                    ctx.reply(new ReadOk(0L));
                    return;
                }
                throw new IllegalStateException("boom");
            }

            @Override
            public void onTimer(Context ctx, Object tag) {
            }
        };
    }
}
