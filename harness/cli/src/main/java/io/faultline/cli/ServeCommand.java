package io.faultline.cli;

import io.faultline.report.serve.StoreServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code faultline serve}: the store in a browser, from 127.0.0.1 only, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the store on http://127.0.0.1:PORT/: every run, newest first, with its verdict,",
            "its report, history, results and logs. Read-only; reachable from this machine only."},
        footer = {"", "Exit codes: 0 stopped, 3 bad input (no store, or the port is taken)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = 8080;

    @Option(names = "--store", paramLabel = "DIR", description = "the store to serve (default: ${DEFAULT-VALUE})")
    Path store = Path.of("store");

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new UsageException("--port must be between 0 and 65535, not " + port);
        }
        if (!Files.isDirectory(store)) {
            throw new UsageException("no store at " + store + ": run ./faultline run (or demo) first, or point"
                    + " --store at one");
        }
        StoreServer server = start();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("serving %s at %s (Ctrl-C to stop)%n", store, server.uri());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.VALID;
    }

    private StoreServer start() {
        try {
            return StoreServer.start(store, port);
        } catch (BindException e) {
            throw new UsageException("port " + port + " on 127.0.0.1 is in use; stop what holds it, or pick another"
                    + " with --port N (--port 0 picks a free one)");
        } catch (IOException e) {
            throw new UsageException("cannot serve " + store + ": " + e.getMessage());
        }
    }
}
