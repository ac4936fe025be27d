package io.faultline.cli;

import io.faultline.experiment.ExperimentException;
import io.faultline.histories.HistoryException;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns user mistakes into one-line errors with exit code 3, and everything else into a stack trace with
 * exit code 4: a user never sees a stack trace for bad input, and we always see one for our own bugs.
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

    static int onExecutionFailure(Exception e, CommandLine cmd, ParseResult parsed) {
        String message = userMessage(e);
        if (message == null) {
            e.printStackTrace(cmd.getErr());
            cmd.getErr().println("internal error: this is a bug in Faultline; please report it with the trace above");
            return ExitCodes.INTERNAL_ERROR;
        }
        cmd.getErr().println("error: " + message);
        return ExitCodes.BAD_INPUT;
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
