package io.faultline.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import io.faultline.process.ToxiproxyBinary;
import org.junit.jupiter.api.Assumptions;

/**
 * The process runtime's tests need {@code toxiproxy-server}. Without it they are skipped with a message saying how to
 * install it, except under CI ({@code CI} set), where {@code .ci/run} installs it: there a missing binary fails
 * the build rather than silently skipping what CI is meant to run.
 */
final class ToxiproxyInstalled {

    private ToxiproxyInstalled() {
    }

    static void assume() {
        if (ToxiproxyBinary.find().isPresent()) {
            return;
        }
        String message = "toxiproxy-server not found; install it with scripts/install-toxiproxy.sh "
                + "(or set FAULTLINE_TOXIPROXY) to run the process runtime's tests";
        if (System.getenv("CI") != null) {
            fail(message + " (CI is set: .ci/run should have installed it)");
        }
        Assumptions.abort(message);
    }
}
