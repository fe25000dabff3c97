package io.ecocity.logger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A data logger's side of one TCP connection, blocking, for tests. */
final class LoggerClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    LoggerClient(int port) {
        try {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(15_000);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one byte at a time with a pause between, as a slow modem link would. */
    void sendSlowly(byte[] bytes, long pauseMillis) throws InterruptedException {
        for (byte b : bytes) {
            send(new byte[] {b});
            Thread.sleep(pauseMillis);
        }
    }

    /** The next frame the gateway wrote, up to and including CR LF. */
    String readFrame() {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        try {
            int previous = -1;
            while (true) {
                int b = in.read();
                if (b < 0) {
                    throw new IllegalStateException("connection closed after " + frame);
                }
                frame.write(b);
                if (previous == '\r' && b == '\n') {
                    return frame.toString(StandardCharsets.US_ASCII);
                }
                previous = b;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a test connection
        }
    }
}
