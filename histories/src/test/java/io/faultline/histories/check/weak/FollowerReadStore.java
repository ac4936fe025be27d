package io.faultline.histories.check.weak;

import io.faultline.histories.Op;
import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Histories of a store whose writes go through a leader (one log, in real-time order) and whose reads are
 * served by followers that lag behind it: each session reads at its own position in the log, which only moves
 * forward and never falls behind the session's own writes. Such a store is sequentially consistent and keeps
 * the four session guarantees, but its reads are often stale, so it is not linearizable. Calls do not overlap.
 */
final class FollowerReadStore {
    private final Random random;
    private final List<Object> keys = new ArrayList<>();
    private final Map<Object, List<long[]>> versions = new HashMap<>(); // key → [log position, value]
    private final Map<Object, Long> lastValue = new HashMap<>();
    private final List<Op> ops = new ArrayList<>();
    private int logSize;

    private FollowerReadStore(long seed, int keyCount) {
        random = new Random(seed);
        for (int k = 0; k < keyCount; k++) {
            keys.add("k" + k);
        }
    }

    static List<Op> run(long seed, int calls, int workers, int keyCount, double crashRate) {
        FollowerReadStore s = new FollowerReadStore(seed, keyCount);
        long[] process = new long[workers];
        int[] cursor = new int[workers];
        long nextProcess = 0;
        for (int w = 0; w < workers; w++) {
            process[w] = nextProcess++;
        }
        for (int i = 0; i < calls; i++) {
            int w = s.random.nextInt(workers);
            boolean crash = s.random.nextDouble() < crashRate;
            cursor[w] = s.call(process[w], cursor[w], crash);
            if (crash) {
                process[w] = nextProcess++;
                cursor[w] = s.random.nextInt(s.logSize + 1); // a new session may start on any follower
            }
        }
        // the final phase: followers have caught up (a nemesis line marks where faults and lag stop)
        s.ops.add(new Op(-1, -1, OpType.INFO, Op.NEMESIS, "stop-lag", null, null, null, null));
        for (Object key : s.keys) {
            s.read(nextProcess++, key, s.logSize, false);
        }
        return s.ops;
    }

    /** One call by a session at log position {@code cursor}; returns the session's position afterwards. */
    private int call(long process, int cursor, boolean crash) {
        Object key = keys.get(random.nextInt(keys.size()));
        int roll = random.nextInt(10);
        if (roll < 6) {
            int at = Math.min(logSize, cursor + random.nextInt(3));
            read(process, key, at, crash);
            return at;
        }
        Long current = valueAt(key, logSize);
        List<Object> input = roll < 9 ? null : Arrays.asList(random.nextBoolean() ? current : lastValue.get(key),
                fresh(key));
        Object written = input == null ? fresh(key) : input.get(1);
        String f = input == null ? "write" : "cas";
        ops.add(Op.invoke(process, f, key, input == null ? written : input));
        boolean applies = input == null || Objects.equals(input.get(0), current);
        if (applies && (!crash || random.nextBoolean())) {
            versions.computeIfAbsent(key, k -> new ArrayList<>()).add(new long[] {logSize++, (Long) written});
        }
        Object value = input == null ? written : input;
        ops.add(crash ? Op.info(process, f, key, value, "timeout")
                : applies ? Op.ok(process, f, key, value) : Op.fail(process, f, key, value, "precondition-failed"));
        return applies ? logSize : cursor;
    }

    private void read(long process, Object key, int at, boolean crash) {
        ops.add(Op.invoke(process, "read", key, null));
        ops.add(crash ? Op.info(process, "read", key, null, "timeout") : Op.ok(process, "read", key, valueAt(key, at)));
    }

    /** The value of {@code key} after the first {@code position} log entries. */
    private Long valueAt(Object key, int position) {
        Long value = null;
        for (long[] v : versions.getOrDefault(key, List.of())) {
            if (v[0] < position) {
                value = v[1];
            }
        }
        return value;
    }

    private Long fresh(Object key) {
        return lastValue.merge(key, 1L, Long::sum);
    }
}
