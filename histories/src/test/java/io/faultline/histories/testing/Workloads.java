package io.faultline.histories.testing;

import io.faultline.histories.OpType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/** Simulated objects for each model: a register (with or without cas), a key-value map, a set. */
public final class Workloads {
    private Workloads() {
    }

    /** A register of read/write, and cas too when {@code withCas}; {@code keys > 0} makes it a kv map. */
    public static Workload registers(boolean withCas, int keys) {
        return new Registers(withCas, keys);
    }

    public static Workload set() {
        return new SetObject();
    }

    private static final class Registers implements Workload {
        private final boolean withCas;
        private final int keys;
        private final Map<Object, Object> values = new HashMap<>();
        private final Map<Object, Long> lastWritten = new HashMap<>();

        Registers(boolean withCas, int keys) {
            this.withCas = withCas;
            this.keys = keys;
        }

        @Override
        public Invocation next(Random random, long fresh) {
            Object key = keys == 0 ? null : "k" + random.nextInt(keys);
            int dice = random.nextInt(withCas ? 10 : 6);
            if (dice < 3) {
                return new Invocation("read", key, null);
            }
            if (dice < 6) {
                return new Invocation("write", key, fresh);
            }
            // expect the latest value (often right) or an older one (a precondition failure)
            Long expected = lastWritten.getOrDefault(key, fresh);
            Object exp = random.nextBoolean() ? values.get(key) : expected;
            return new Invocation("cas", key, Arrays.asList(exp, fresh));
        }

        @Override
        public Completion apply(Invocation inv) {
            Object current = values.get(inv.key());
            return switch (inv.f()) {
                case "read" -> Completion.ok(current);
                case "write" -> {
                    values.put(inv.key(), inv.value());
                    lastWritten.put(inv.key(), (Long) inv.value());
                    yield Completion.ok(inv.value());
                }
                default -> cas(inv, current);
            };
        }

        private Completion cas(Invocation inv, Object current) {
            List<?> pair = (List<?>) inv.value();
            if (!java.util.Objects.equals(pair.get(0), current)) {
                return new Completion(OpType.FAIL, inv.value(), "precondition-failed");
            }
            values.put(inv.key(), pair.get(1));
            return Completion.ok(inv.value());
        }

        @Override
        public Workload reset() {
            return new Registers(withCas, keys);
        }
    }

    private static final class SetObject implements Workload {
        private final TreeSet<Long> elements = new TreeSet<>();

        @Override
        public Invocation next(Random random, long fresh) {
            return random.nextInt(3) == 0 ? new Invocation("read", null, null) : new Invocation("add", null, fresh);
        }

        @Override
        public Completion apply(Invocation inv) {
            if (inv.f().equals("add")) {
                elements.add((Long) inv.value());
                return Completion.ok(inv.value());
            }
            return Completion.ok(new ArrayList<>(elements));
        }

        @Override
        public Workload reset() {
            return new SetObject();
        }
    }
}
