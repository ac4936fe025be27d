package io.faultline.kv.simtest;

/**
 * One completed client operation of a simulated run. Reads that found no key are recorded as ok reads
 * of {@code null} (the register's initial value); a timeout or an indefinite error is {@link Outcome#INFO}.
 *
 * @param value the written value (write) or the value read (read)
 */
public record SimOp(String client, String f, Object key, Object value, long invokeNanos, long completeNanos,
                    Outcome outcome, String node) {

    public enum Outcome { OK, FAIL, INFO }

    public boolean isOk() {
        return outcome == Outcome.OK;
    }

    public boolean isRead() {
        return f.equals("read");
    }

    public boolean isWrite() {
        return f.equals("write");
    }
}
