package io.faultline.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A client socket on loopback that sends and receives lines; every read has a timeout. */
final class LineSocket implements AutoCloseable {

    private final Socket socket = new Socket();
    private final BufferedReader in;

    LineSocket(int port) throws IOException {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
        socket.setTcpNoDelay(true);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    void send(String line) throws IOException {
        socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** The next line, or null if none comes within {@code millis} (or the connection ends). */
    String receive(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return in.readLine();
        } catch (SocketTimeoutException e) {
            return null;
        }
    }

    /** Whether the other end closes or resets the connection within {@code millis}, with nothing more to read. */
    boolean endsWithin(int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
