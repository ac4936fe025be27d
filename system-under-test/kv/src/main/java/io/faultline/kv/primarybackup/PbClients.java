package io.faultline.kv.primarybackup;

import io.faultline.kv.common.LinKvCommands;
import io.faultline.kv.common.KvCommand;
import io.faultline.kv.common.Proxy;
import io.faultline.node.Context;
import io.faultline.node.Message;
import io.faultline.node.ReplyTo;
import java.util.List;

/**
 * Routes lin-kv client messages: the primary executes them; a backup forwards to the primary of its
 * view and relays the answer (a forward is never forwarded again: 11, definite). Read of a missing
 * key 20, cas mismatch 22, a forward or a sync write that times out 0 (indefinite). With the
 * {@code backup-reads} bug a backup answers reads itself.
 */
final class PbClients {

    private final PrimaryBackupNode node;
    private final Proxy proxy;
    private final PrimaryBackupConfig config;
    private final List<String> members;

    PbClients(PrimaryBackupNode node, Proxy proxy, PrimaryBackupConfig config, List<String> members) {
        this.node = node;
        this.proxy = proxy;
        this.config = config;
        this.members = members;
    }

    void onMessage(Context ctx, String from, Message message) {
        proxy.route(ctx, from, message, this::onRequest);
    }

    private void onRequest(Context ctx, String from, Message request, KvCommand command) {
        ReplyTo client = ctx.replyTo();
        boolean read = command.kind() == KvCommand.Kind.READ;
        if (node.isPrimary() || read && config.has(PrimaryBackupConfig.BACKUP_READS)) {
            node.execute(ctx, command, client);
        } else if (!members.contains(from)) {
            proxy.forward(ctx, node.primaryOf(node.view()), request, client);
        } else {
            ctx.reply(client, LinKvCommands.unavailable("not the primary (a forwarded request is not forwarded again)"));
        }
    }
}
