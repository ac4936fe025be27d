package io.faultline.kv.primarybackup;

import static io.faultline.kv.testing.ScriptedCluster.bugs;
import static org.assertj.core.api.Assertions.assertThat;

import io.faultline.kv.testing.ScriptedCluster;
import io.faultline.node.Message;
import io.faultline.node.client.Cas;
import io.faultline.node.client.CasOk;
import io.faultline.node.client.ErrorCode;
import io.faultline.node.client.ErrorReply;
import io.faultline.node.client.Read;
import io.faultline.node.client.ReadOk;
import io.faultline.node.client.Write;
import io.faultline.node.client.WriteOk;
import io.faultline.runtime.ClusterSpec;
import io.faultline.sim.ClientCall;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrimaryBackupTest {

    private static final long MILLIS = 1_000_000L;
    private static final UnaryOperator<ClusterSpec> SYNC = spec -> spec.withOption("sync", "true");

    private static ScriptedCluster cluster(long seed, UnaryOperator<ClusterSpec> configure) {
        return ScriptedCluster.start(configure.apply(ClusterSpec.of(new PrimaryBackupSystem(), 3)), seed);
    }

    private static PrimaryBackupNode node(ScriptedCluster cluster, String id) {
        return (PrimaryBackupNode) cluster.node(id);
    }

    private static Message run(ScriptedCluster cluster, String node, Message request) {
        ClientCall call = cluster.send(node, request);
        cluster.runUntil(call::answered, 3_000 * MILLIS);
        return call.reply();
    }

    @Test
    @DisplayName("PB: view 0's primary is the lowest id; backups forward to it and relay its answers")
    void backupsForward() {
        ScriptedCluster cluster = cluster(70, c -> c);
        assertThat(node(cluster, "n1").isPrimary()).isTrue();
        assertThat(run(cluster, "n2", new Write(1L, 1L))).isEqualTo(new WriteOk());
        assertThat(run(cluster, "n3", new Cas(1L, 1L, 2L))).isEqualTo(new CasOk());
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(2L));
        assertThat(code(run(cluster, "n2", new Read(9L)))).isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
    }

    @Test
    @DisplayName("PB: cas with create_if_not_exists creates a missing key and replicates it; without it, 20;"
            + " on an existing key, a plain cas")
    void casCreatesAMissingKeyOnlyWhenAsked() {
        ScriptedCluster cluster = cluster(72, c -> c);
        assertThat(code(run(cluster, "n2", new Cas(1L, List.of(), List.of(5L)))))
                .isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
        assertThat(run(cluster, "n2", new Cas(1L, List.of(), List.of(5L), true))).isEqualTo(new CasOk());
        assertThat(code(run(cluster, "n3", new Cas(1L, List.of(), List.of(6L), true))))
                .isEqualTo(ErrorCode.PRECONDITION_FAILED.code());
        assertThat(run(cluster, "n3", new Cas(1L, List.of(5L), List.of(5L, 6L), true))).isEqualTo(new CasOk());
        cluster.runFor(100 * MILLIS);
        assertThat(node(cluster, "n3").valueOf(1L)).isEqualTo(List.of(5L, 6L));
    }

    @Test
    @DisplayName("PB: the primary sends every update to the backups, which apply them in order")
    void backupsApplyUpdates() {
        ScriptedCluster cluster = cluster(71, c -> c);
        for (long v = 1; v <= 5; v++) {
            run(cluster, "n1", new Write(v % 2, v));
        }
        cluster.runFor(100 * MILLIS);
        assertThat(node(cluster, "n3").valueOf(1L)).isEqualTo(5L);
        assertThat(node(cluster, "n2").valueOf(0L)).isEqualTo(4L);
    }

    @Test
    @DisplayName("PB failover: when the primary is silent, the next node by id promotes itself in view 1")
    void failover() {
        ScriptedCluster cluster = cluster(72, c -> c);
        run(cluster, "n1", new Write(1L, 1L));
        cluster.runFor(100 * MILLIS);
        cluster.crash("n1");
        cluster.runFor(1_000 * MILLIS);
        assertThat(node(cluster, "n2").isPrimary()).isTrue();
        assertThat(node(cluster, "n3").view()).isEqualTo(1);
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(1L));
        assertThat(run(cluster, "n3", new Write(1L, 2L))).isEqualTo(new WriteOk());
    }

    @Test
    @DisplayName("PB asynchronous replication: a write acknowledged before the backups had it is lost by failover")
    void asyncLosesAcknowledgedWrite() {
        ScriptedCluster cluster = cluster(73, c -> c);
        Message ack = writeThenLoseThePrimary(cluster);
        assertThat(ack).isEqualTo(new WriteOk());
        assertThat(code(run(cluster, "n2", new Read(1L)))).isEqualTo(ErrorCode.KEY_DOES_NOT_EXIST.code());
    }

    @Test
    @DisplayName("PB sync=true: the primary acknowledges only what every backup applied, so failover keeps it")
    void syncKeepsAcknowledgedWrites() {
        ScriptedCluster cluster = cluster(74, SYNC);
        assertThat(code(writeThenLoseThePrimary(cluster))).as("unreplicated: not acknowledged")
                .isEqualTo(ErrorCode.TIMEOUT.code());
        assertThat(code(run(cluster, "n2", new Write(2L, 2L)))).as("a dead backup blocks sync writes")
                .isEqualTo(ErrorCode.TIMEOUT.code());
        cluster.start("n1"); // comes back as a backup of view 1 and fetches n2's state
        cluster.runFor(500 * MILLIS);
        assertThat(run(cluster, "n2", new Write(2L, 3L))).isEqualTo(new WriteOk());
        cluster.crash("n2");
        cluster.runFor(1_000 * MILLIS);
        assertThat(node(cluster, "n3").isPrimary()).isTrue();
        assertThat(run(cluster, "n3", new Read(2L))).isEqualTo(new ReadOk(3L));
    }

    /** n1's updates to the backups are cut; a client writes at n1; then n1 crashes and n2 takes over. */
    private static Message writeThenLoseThePrimary(ScriptedCluster cluster) {
        cluster.cut("n1", "n2");
        cluster.cut("n1", "n3");
        Message ack = run(cluster, "n1", new Write(1L, 1L));
        cluster.crash("n1");
        cluster.heal();
        cluster.runFor(1_000 * MILLIS);
        assertThat(node(cluster, "n2").isPrimary()).isTrue();
        return ack;
    }

    @Test
    @DisplayName("PB fencing: a deposed primary that hears of a newer view steps down and adopts its state")
    void fencing() {
        ScriptedCluster cluster = deposeN1(cluster(75, c -> c));
        assertThat(node(cluster, "n1").isPrimary()).isFalse();
        assertThat(node(cluster, "n1").valueOf(1L)).as("its minority write is gone").isEqualTo(2L);
    }

    @Test
    @DisplayName("bug no-fencing: a deposed primary keeps serving after the partition heals")
    void noFencing() {
        ScriptedCluster cluster = deposeN1(cluster(75, bugs(PrimaryBackupConfig.NO_FENCING)));
        assertThat(node(cluster, "n1").isPrimary()).isTrue();
        assertThat(node(cluster, "n2").isPrimary()).isTrue();
    }

    /** n1 is cut off and accepts a write of 1; n2 takes over and writes 2; the partition heals. */
    private static ScriptedCluster deposeN1(ScriptedCluster cluster) {
        cluster.partition(Set.of("n1"));
        assertThat(run(cluster, "n1", new Write(1L, 1L))).isEqualTo(new WriteOk());
        cluster.runFor(1_000 * MILLIS);
        assertThat(run(cluster, "n2", new Write(1L, 2L))).isEqualTo(new WriteOk());
        cluster.heal();
        cluster.runFor(500 * MILLIS);
        return cluster;
    }

    @Test
    @DisplayName("bug backup-reads: a backup that missed an update answers a stale read")
    void backupReadsAreStale() {
        ScriptedCluster cluster = cluster(76, bugs(PrimaryBackupConfig.BACKUP_READS));
        run(cluster, "n1", new Write(1L, 1L));
        cluster.runFor(100 * MILLIS);
        cluster.cut("n1", "n3");
        run(cluster, "n1", new Write(1L, 2L));
        assertThat(run(cluster, "n3", new Read(1L))).isEqualTo(new ReadOk(1L));
    }

    @Test
    @DisplayName("PB: a restarted node recovers its data and view from storage")
    void restartRecovers() {
        ScriptedCluster cluster = cluster(77, c -> c);
        run(cluster, "n1", new Write(1L, 1L));
        cluster.runFor(100 * MILLIS);
        cluster.crash("n3");
        cluster.start("n3");
        assertThat(node(cluster, "n3").valueOf(1L)).isEqualTo(1L);
        cluster.crash("n1");
        cluster.start("n1");
        assertThat(node(cluster, "n1").isPrimary()).isTrue();
        assertThat(run(cluster, "n2", new Read(1L))).isEqualTo(new ReadOk(1L));
    }

    private static int code(Message reply) {
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return ((ErrorReply) reply).code();
    }
}
