package io.faultline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code faultline} command. */
public final class FaultlineMain {
    private FaultlineMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line and returns its exit code (see {@link ExitCodes}); used by tests too. Nothing escapes:
     * an Error (a stack overflow, out of memory) is an internal error like any other, never a verdict's code.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        FaultlineCommand top = new FaultlineCommand();
        CommandLine cli = new CommandLine(top);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(UserErrors::onBadParameter);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> UserErrors.onExecutionFailure(e, cmd,
                top.verbosity.verbose));
        try {
            return cli.execute(args);
        } catch (Throwable t) { // an Error picocli let through
            return UserErrors.internal(t, err, top.verbosity.verbose);
        }
    }
}
