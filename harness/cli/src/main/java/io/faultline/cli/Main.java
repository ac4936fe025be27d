package io.faultline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code faultline} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code (see {@link ExitCodes}); used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FaultlineCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(UserErrors::onBadParameter);
        cli.setExecutionExceptionHandler(UserErrors::onExecutionFailure);
        return cli.execute(args);
    }
}
