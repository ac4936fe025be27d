package io.faultline.node;

import java.util.SortedMap;
import java.util.TreeMap;

/** A system for the registry tests: echoes every message back. Registered in test resources only. */
public final class EchoSystem implements NodeFactory {

    @Override
    public String name() {
        return "echo";
    }

    @Override
    public String description() {
        return "replies to every message with the message itself";
    }

    @Override
    public SortedMap<String, String> bugs() {
        return new TreeMap<>(java.util.Map.of("mute", "never replies"));
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
    }

    @Override
    public Node create(NodeConfig config) {
        boolean mute = config.hasBug("mute");
        return new Node() {
            @Override
            public void onStart(Context ctx) {
            }

            @Override
            public void onMessage(Context ctx, String from, Message message) {
                if (!mute) {
                    ctx.reply(message);
                }
            }

            @Override
            public void onTimer(Context ctx, Object tag) {
            }
        };
    }
}
