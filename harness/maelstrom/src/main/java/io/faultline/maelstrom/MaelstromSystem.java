package io.faultline.maelstrom;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;

/**
 * System {@code maelstrom}: "whatever program {@code --bin} names", for runs of the {@code maelstrom} runtime. It
 * speaks only the lin-kv client vocabulary (node-to-node messages are the program's own business and never decoded)
 * and has no bug switches. It is not a node class: only the maelstrom runtime can run it, and a runtime that builds
 * nodes in the JVM gets an {@link UnsupportedOperationException} that the runner turns into a one-line error.
 */
public final class MaelstromSystem implements NodeFactory {

    @Override
    public String name() {
        return "maelstrom";
    }

    @Override
    public String description() {
        return "any program speaking Maelstrom's lin-kv protocol on stdin/stdout: --runtime maelstrom --bin PATH";
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        // the client messages are all the harness reads; everything else passes through undecoded
    }

    @Override
    public Node create(NodeConfig config) {
        throw new UnsupportedOperationException("system maelstrom is a program outside Faultline: run it with"
                + " --runtime maelstrom --bin PATH");
    }
}
