package io.faultline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level {@code faultline} command; each subcommand is one class. */
@Command(name = "faultline",
        mixinStandardHelpOptions = true,
        version = "faultline 0.1.0",
        description = "Jepsen-style fault injection and consistency checking.",
        subcommands = {CheckCommand.class, RunCommand.class, DemoCommand.class, CompareCommand.class,
            ReportCommand.class, ServeCommand.class, ExperimentCommand.class, HelpCommand.class},
        footer = {"", "Exit codes: 0 valid, 1 invalid, 2 unknown, 3 bad input, 4 internal error."})
final class FaultlineCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    Verbosity verbosity = new Verbosity();

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
