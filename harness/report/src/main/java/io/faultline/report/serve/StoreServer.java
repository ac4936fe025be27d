package io.faultline.report.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small web server over a store, bound to 127.0.0.1 only: {@code /} lists the runs newest first with their
 * verdicts, and every file of a run (its report, history, results, logs) is served from its path in the store.
 * Read-only: only GET and HEAD are answered, and no path can leave the store ({@link StorePaths}). Pages are
 * served with a content security policy that forbids any network fetch, which keeps reports honest about being
 * self-contained.
 */
public final class StoreServer implements AutoCloseable {
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path store;
    private final StorePaths paths;

    private StoreServer(HttpServer server, ExecutorService executor, Path store, StorePaths paths) {
        this.server = server;
        this.executor = executor;
        this.store = store;
        this.paths = paths;
    }

    /**
     * Serves {@code store} on 127.0.0.1:{@code port} ({@code 0}: any free port).
     *
     * @throws java.net.BindException when the port is taken
     * @throws IOException            when the store cannot be read
     */
    public static StoreServer start(Path store, int port) throws IOException {
        StorePaths paths = new StorePaths(store);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        StoreServer serving = new StoreServer(server, executor, store, paths);
        server.createContext("/", serving::handle);
        server.setExecutor(executor);
        server.start();
        return serving;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", bytes("only GET and HEAD\n"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/")) {
                send(exchange, 200, "text/html; charset=utf-8",
                        bytes(IndexPage.render(store.toString(), StoredRuns.list(store))));
                return;
            }
            Optional<Path> file = paths.resolve(path);
            if (file.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8", bytes("not found: " + path + "\n"));
            } else if (Files.isDirectory(file.get())) {
                directory(exchange, path, file.get());
            } else {
                file(exchange, file.get());
            }
        }
    }

    private void directory(HttpExchange exchange, String path, Path dir) throws IOException {
        if (!path.endsWith("/")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", bytes("moved\n"));
            return;
        }
        send(exchange, 200, "text/html; charset=utf-8", bytes(Listing.render(paths.relative(dir), dir)));
    }

    private void file(HttpExchange exchange, Path file) throws IOException {
        long size = Files.size(file);
        exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(file.getFileName().toString()));
        headers(exchange);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(200, head ? -1 : size == 0 ? -1 : size);
        if (!head) {
            try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        headers(exchange);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void headers(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
