package io.ecocity.demo.loggers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HJ 212 receiver for the simulator's tests: checks each frame's length and CRC with the simulator's own
 * encoder, answers every upload that asks for it with a 9014 carrying its QN (as logger-gateway does), and on command
 * closes each connection after K packets (the K-th left unanswered), stops listening, or never answers some QNs.
 */
final class AckingServer implements AutoCloseable {

    private final int port;
    private volatile ServerSocket server;
    private volatile Thread acceptor;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    /** The QNs each MN sent, in the order they came, repeats included. */
    final Map<String, List<String>> received = new ConcurrentHashMap<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger badFrames = new AtomicInteger();
    private volatile int closeAfter = Integer.MAX_VALUE;
    private final Set<String> neverAnswer = ConcurrentHashMap.newKeySet();

    AckingServer() throws IOException {
        ServerSocket first = bind(0);
        this.port = first.getLocalPort();
        start(first);
    }

    int port() {
        return port;
    }

    /** Each connection is closed when its K-th packet arrives, without answering that one. */
    void closeEachConnectionAfter(int k) {
        this.closeAfter = k;
    }

    void neverAnswer(String qn) {
        neverAnswer.add(qn);
    }

    /** Stops listening and closes every connection, as a receiver going down does. */
    void stop() throws IOException {
        ServerSocket current = server;
        server = null;
        if (current != null) {
            current.close();
        }
        for (Socket socket : open) {
            socket.close();
        }
    }

    /** Listens again on the same port. */
    void restart() throws IOException {
        start(bind(port));
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port), 1024);
        return socket;
    }

    private void start(ServerSocket socket) {
        server = socket;
        acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    connections.incrementAndGet();
                    open.add(connection);
                    Thread reader = new Thread(() -> serve(connection), "hj212-test-connection");
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hj212-test-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void serve(Socket connection) {
        int packets = 0;
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            StringBuilder frame = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                frame.append((char) b);
                if (frame.length() < 2 || frame.charAt(frame.length() - 2) != '\r' || b != '\n') {
                    continue;
                }
                String text = frame.toString();
                frame.setLength(0);
                String segment = segment(text);
                if (segment == null) {
                    badFrames.incrementAndGet();
                    continue;
                }
                String qn = Hj212Encoder.field(segment, "QN");
                String mn = Hj212Encoder.field(segment, "MN");
                received.computeIfAbsent(mn, m -> new CopyOnWriteArrayList<>()).add(qn);
                if (++packets >= closeAfter) {
                    return;
                }
                if (!neverAnswer.contains(qn) && "5".equals(Hj212Encoder.field(segment, "Flag"))) {
                    String reply = "QN=" + qn + ";ST=91;CN=9014;PW=" + Hj212Encoder.field(segment, "PW") + ";MN=" + mn
                            + ";Flag=4;CP=&&&&";
                    out.write(Hj212Encoder.frame(reply));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the connection closed
        } finally {
            open.remove(connection);
        }
    }

    /** The data segment of a well-formed frame (length and CRC right), or null. */
    private static String segment(String frame) {
        if (!frame.startsWith("##") || frame.length() < 12) {
            return null;
        }
        int length = Integer.parseInt(frame.substring(2, 6));
        if (frame.length() != 6 + length + 4 + 2) {
            return null;
        }
        String segment = frame.substring(6, 6 + length);
        String crc = String.format("%04X", Hj212Encoder.crc(segment.getBytes(StandardCharsets.US_ASCII)));
        return crc.equals(frame.substring(6 + length, 10 + length)) ? segment : null;
    }

    /** The distinct QNs of {@code mn} in the order they first came. */
    List<String> firstSeen(String mn) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(received.getOrDefault(mn, List.of())));
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
