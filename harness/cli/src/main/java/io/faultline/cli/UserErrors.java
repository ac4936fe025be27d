package io.faultline.cli;

import io.faultline.experiment.ExperimentException;
import io.faultline.histories.HistoryException;
import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns user mistakes into one-line errors with exit code 3, and everything else (our own bugs) into one line with
 * exit code 4, the stack trace too with {@code --verbose}: a user never sees a stack trace for bad input, and an
 * internal error never ends with a verdict's exit code.
 */
final class UserErrors {
    private UserErrors() {
    }

    static int onBadParameter(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println("error: " + e.getMessage());
        cmd.getErr().println("try: " + cmd.getCommandSpec().qualifiedName() + " --help");
        return ExitCodes.BAD_INPUT;
    }

    static int onExecutionFailure(Exception e, CommandLine cmd, boolean verbose) {
        String message = userMessage(e);
        if (message == null) {
            return internal(e, cmd.getErr(), verbose);
        }
        cmd.getErr().println("error: " + message);
        return ExitCodes.BAD_INPUT;
    }

    /** One line for a bug in Faultline (and its trace when {@code verbose}); exit code 4. */
    static int internal(Throwable t, PrintWriter err, boolean verbose) {
        if (verbose) {
            t.printStackTrace(err);
        }
        String what = t.getMessage() == null ? t.getClass().getName() : t.getClass().getSimpleName() + ": "
                + t.getMessage().lines().findFirst().orElse("");
        err.println("internal error: " + what + " (a bug in Faultline, not in your input; "
                + (verbose ? "please report it with the trace above)" : "run again with --verbose for the trace)"));
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** The one-line message for a user mistake, or {@code null} when the exception is a bug. */
    static String userMessage(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof NoSuchFileException | cause instanceof FileNotFoundException) {
            return "no such file: " + cause.getMessage() + " (check the path)";
        }
        if (cause instanceof AccessDeniedException) {
            return "permission denied: " + cause.getMessage();
        }
        if (cause instanceof HistoryException || cause instanceof UsageException
                || cause instanceof ExperimentException) {
            return cause.getMessage();
        }
        return null;
    }
}
