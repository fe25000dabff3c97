package io.ecocity.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 GET load generator over plain keep-alive sockets: light enough to share two cores with the server it
 * measures. Two modes: closed loop (every connection sends its next request as soon as the last one is answered: the
 * throughput at saturation) and fixed rate (requests are due at evenly spaced instants and each latency is counted
 * from the instant it was due, so a stall counts against every request it delayed).
 */
final class HttpLoad {

    private HttpLoad() {
    }

    /** What a closed-loop run did. */
    record Throughput(long ok, long failed, double seconds) {
        double perSecond() {
            return ok / seconds;
        }
    }

    static Throughput saturate(int port, String path, int connections, int seconds) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                Connection connection = null;
                while (System.nanoTime() < end) {
                    try {
                        if (connection == null) {
                            connection = new Connection(port);
                        }
                        if (connection.get(path) == 200) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                        connection = close(connection);
                    }
                }
                close(connection);
            }, "load-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Throughput(ok.get(), failed.get(), (System.nanoTime() - started) / 1e9);
    }

    /**
     * Sends {@code rate} requests a second for {@code seconds}; returns each request's latency in microseconds from
     * the instant it was due. A failed request counts as the time until its failure, and is reported.
     */
    static long[] fixedRate(int port, String path, int rate, int seconds, int connections, AtomicLong failures)
            throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicLong next = new AtomicLong();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread thread = new Thread(() -> {
                Connection connection = null;
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = start + i * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        sleepNanos(wait);
                    }
                    try {
                        if (connection == null) {
                            connection = new Connection(port);
                        }
                        if (connection.get(path) != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                        connection = close(connection);
                    }
                    latencies[(int) i] = (System.nanoTime() - due) / 1_000;
                }
                close(connection);
            }, "rate-" + c);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return latencies;
    }

    private static void sleepNanos(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Connection close(Connection connection) {
        if (connection != null) {
            connection.close();
        }
        return null;
    }

    /** One keep-alive connection; reads each answer whole (by length or chunks) so the next request can follow. */
    static final class Connection {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private final byte[] skip = new byte[16 * 1024];

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }

        int get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            if (status.length() < 12) {
                throw new IOException("no HTTP status line: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closes = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    discard(size);
                    line();
                }
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // trailers carry nothing the load needs
                }
            } else if (length > 0) {
                discard(length);
            }
            if (closes) {
                throw new IOException("the server closed the connection");
            }
            return code;
        }

        private void discard(long bytes) throws IOException {
            long left = bytes;
            while (left > 0) {
                int read = in.read(skip, 0, (int) Math.min(skip.length, left));
                if (read < 0) {
                    throw new IOException("connection closed mid-body");
                }
                left -= read;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
