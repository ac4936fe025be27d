package io.faultline.node.rules;

import io.faultline.node.Context;
import java.io.IOException;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Deliberately bad node code, one forbidden habit per class, so {@link NodeRulesTest} can show that each rule
 * really fails. Never run; only imported by ArchUnit.
 */
@SuppressWarnings("unused")
final class Violations {

    private Violations() {
    }

    static final class StartsThread {
        void run() {
            new Thread(() -> { }).start();
        }
    }

    static final class UsesExecutor {
        void run() {
            Executors.newSingleThreadExecutor().submit(() -> { });
        }
    }

    static final class OpensSocket {
        void run() throws IOException {
            new Socket("localhost", 1).close();
        }
    }

    static final class OpensChannel {
        void run() throws IOException {
            SocketChannel.open().close();
        }
    }

    static final class ReadsCurrentTimeMillis {
        long run() {
            return System.currentTimeMillis();
        }
    }

    static final class ReadsNanoTime {
        long run() {
            return System.nanoTime();
        }
    }

    static final class ReadsInstantNow {
        Instant run() {
            return Instant.now();
        }
    }

    static final class ReadsSystemClock {
        Clock run() {
            return Clock.systemUTC();
        }
    }

    static final class ReadsLocalDateTimeNow {
        LocalDateTime run() {
            return LocalDateTime.now();
        }
    }

    static final class UsesJavaUtilRandom {
        int run() {
            return new Random(42).nextInt();
        }
    }

    static final class UsesThreadLocalRandom {
        int run() {
            return ThreadLocalRandom.current().nextInt();
        }
    }

    static final class UsesMathRandom {
        double run() {
            return Math.random();
        }
    }

    static final class UsesUnseededSplittableRandom {
        long run() {
            return new SplittableRandom().nextLong();
        }
    }

    static final class UsesRandomUuid {
        UUID run() {
            return UUID.randomUUID();
        }
    }

    /** What a node should do instead: ask its context. Passes every rule. */
    static final class AsksItsContext {
        long run(Context ctx) {
            SplittableRandom seeded = new SplittableRandom(ctx.random().nextLong());
            return ctx.now() + seeded.nextLong();
        }
    }
}
