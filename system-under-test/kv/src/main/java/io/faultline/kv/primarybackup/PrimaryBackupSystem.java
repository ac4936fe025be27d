package io.faultline.kv.primarybackup;

import io.faultline.node.MessageRegistry;
import io.faultline.node.Node;
import io.faultline.node.NodeConfig;
import io.faultline.node.NodeFactory;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code primary-backup} system. Options: {@code sync} (false), {@code heartbeat-ms} (50),
 * {@code failover-ms} (300), {@code request-timeout-ms} (1000).
 */
public final class PrimaryBackupSystem implements NodeFactory {

    @Override
    public String name() {
        return "primary-backup";
    }

    @Override
    public String description() {
        return "one primary, asynchronous replication to backups, failover by timeout:"
                + " loses acknowledged writes across failover";
    }

    @Override
    public SortedMap<String, String> bugs() {
        SortedMap<String, String> bugs = new TreeMap<>();
        bugs.put(PrimaryBackupConfig.NO_FENCING, "views are ignored: a deposed primary keeps serving, two primaries write");
        bugs.put(PrimaryBackupConfig.BACKUP_READS, "backups answer reads from their lagging copy: stale reads");
        return bugs;
    }

    @Override
    public void registerMessages(MessageRegistry registry) {
        PbMessages.register(registry);
    }

    @Override
    public Node create(NodeConfig config) {
        return new PrimaryBackupNode(configOf(config));
    }

    static PrimaryBackupConfig configOf(NodeConfig config) {
        PrimaryBackupConfig defaults = PrimaryBackupConfig.defaults();
        String sync = config.choiceOption("sync", "false", List.of("true", "false"));
        return new PrimaryBackupConfig(sync.equals("true"),
                config.millisOptionAsNanos("heartbeat-ms", defaults.heartbeatNanos()),
                config.millisOptionAsNanos("failover-ms", defaults.failoverNanos()),
                config.millisOptionAsNanos("request-timeout-ms", defaults.requestTimeoutNanos()),
                config.bugs());
    }
}
