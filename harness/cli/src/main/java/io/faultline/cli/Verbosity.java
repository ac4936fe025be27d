package io.faultline.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code --verbose}, accepted by every command: the stack trace of an internal error is shown only with it. */
final class Verbosity {
    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "on an internal error, print its stack trace too")
    boolean verbose;
}
