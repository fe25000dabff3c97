package io.ecocity.demo.loggers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Many data loggers' TCP connections on one selector thread (no thread per connection). Each link draws the packets
 * it sends from its feed, keeps at most {@code window} of them waiting for their 9014, matches each 9014 to its
 * packet by QN and gives up on a packet whose 9014 has not come within the ack timeout.
 */
public final class LoggerLinks implements AutoCloseable {

    /** One packet to send: its frame and the QN its 9014 will carry. */
    public record Packet(String qn, byte[] frame) {
    }

    /** One logger's connection. */
    public final class Link {
        private final String mn;
        private final Supplier<Packet> feed;
        private final int window;
        private SocketChannel channel;
        private SelectionKey key;
        private final ArrayDeque<ByteBuffer> outgoing = new ArrayDeque<>();
        private final Map<String, Long> waiting = new LinkedHashMap<>();
        private final ByteBuffer in = ByteBuffer.allocate(4096);
        private volatile boolean connected;
        private volatile boolean closed;
        private final AtomicLong linkAcks = new AtomicLong();

        private Link(String mn, Supplier<Packet> feed, int window) {
            this.mn = mn;
            this.feed = feed;
            this.window = window;
        }

        public String mn() {
            return mn;
        }

        public boolean connected() {
            return connected && !closed;
        }

        public long acks() {
            return linkAcks.get();
        }

        /** Packets sent whose 9014 has not come yet. */
        public int waiting() {
            synchronized (waiting) {
                return waiting.size();
            }
        }
    }

    private final InetSocketAddress address;
    private final long ackTimeoutNanos;
    private final Selector selector;
    private final List<Link> links = new ArrayList<>();
    private final ArrayDeque<Link> toConnect = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<Link> toWake = new ConcurrentLinkedQueue<>();
    private final Thread loop;
    private volatile boolean running = true;
    private int connecting;
    private CountDownLatch connectsDone = new CountDownLatch(0);

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acks = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong failedConnects = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong ackNanos = new AtomicLong();

    /** At most this many connections are being opened at once, so the receiver's accept backlog is not overrun. */
    private static final int CONNECTING_AT_ONCE = 200;

    public LoggerLinks(String host, int port, long ackTimeoutMillis) {
        this.address = new InetSocketAddress(host, port);
        this.ackTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(ackTimeoutMillis);
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.loop = new Thread(this::run, "hj212-links");
        this.loop.setDaemon(true);
        this.loop.start();
    }

    /**
     * Opens one connection per logger ({@code mns}), each sending what {@code feed} gives it with up to {@code window}
     * packets waiting for their 9014, and waits until all are connected or failed (at most {@code timeoutMillis}).
     */
    public List<Link> open(List<String> mns, java.util.function.Function<String, Supplier<Packet>> feed, int window,
            long timeoutMillis) throws InterruptedException {
        List<Link> opened = new ArrayList<>();
        CountDownLatch latch = new CountDownLatch(mns.size());
        synchronized (this) {
            connectsDone = latch;
            for (String mn : mns) {
                Link link = new Link(mn, feed.apply(mn), window);
                opened.add(link);
                links.add(link);
                toConnect.add(link);
            }
        }
        selector.wakeup();
        latch.await(timeoutMillis, TimeUnit.MILLISECONDS);
        return opened;
    }

    /** Tells a link its feed may have more to send (from any thread). */
    public void wake(Link link) {
        toWake.add(link);
        selector.wakeup();
    }

    public void wakeAll() {
        synchronized (this) {
            toWake.addAll(links);
        }
        selector.wakeup();
    }

    public long sent() {
        return sent.get();
    }

    public long acks() {
        return acks.get();
    }

    public long timedOut() {
        return timedOut.get();
    }

    public long failedConnects() {
        return failedConnects.get();
    }

    /** Connections the receiver closed, or that broke. */
    public long dropped() {
        return dropped.get();
    }

    /** The mean time from writing a packet to reading its 9014, in milliseconds. */
    public double meanAckMillis() {
        long n = acks.get();
        return n == 0 ? Double.NaN : ackNanos.get() / 1e6 / n;
    }

    public int connected() {
        synchronized (this) {
            return (int) links.stream().filter(Link::connected).count();
        }
    }

    /** Packets sent and not yet answered, over all links. */
    public int waiting() {
        synchronized (this) {
            return links.stream().mapToInt(Link::waiting).sum();
        }
    }

    private void run() {
        long lastSweep = System.nanoTime();
        while (running) {
            try {
                startConnects();
                selector.select(100);
                for (Iterator<SelectionKey> it = selector.selectedKeys().iterator(); it.hasNext(); ) {
                    SelectionKey key = it.next();
                    it.remove();
                    Link link = (Link) key.attachment();
                    try {
                        if (!key.isValid()) {
                            continue;
                        }
                        if (key.isConnectable()) {
                            finishConnect(link);
                        } else {
                            if (key.isReadable()) {
                                read(link);
                            }
                            if (key.isValid() && key.isWritable()) {
                                write(link);
                            }
                        }
                    } catch (IOException e) {
                        fail(link);
                    }
                }
                for (Link link; (link = toWake.poll()) != null; ) {
                    fill(link);
                }
                long now = System.nanoTime();
                if (now - lastSweep > 200_000_000L) {
                    lastSweep = now;
                    sweep(now);
                }
            } catch (IOException e) {
                // a selector failure ends nothing but this pass
            }
        }
    }

    private void startConnects() {
        synchronized (this) {
            while (connecting < CONNECTING_AT_ONCE && !toConnect.isEmpty()) {
                Link link = toConnect.poll();
                try {
                    link.channel = SocketChannel.open();
                    link.channel.configureBlocking(false);
                    link.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    link.key = link.channel.register(selector, SelectionKey.OP_CONNECT, link);
                    connecting++;
                    if (link.channel.connect(address)) {
                        finishConnect(link);
                    }
                } catch (IOException e) {
                    failedConnects.incrementAndGet();
                    link.closed = true;
                    connectsDone.countDown();
                }
            }
        }
    }

    private void finishConnect(Link link) throws IOException {
        synchronized (this) {
            connecting--;
        }
        try {
            link.channel.finishConnect();
        } catch (IOException e) {
            failedConnects.incrementAndGet();
            link.closed = true;
            link.key.cancel();
            link.channel.close();
            connectsDone.countDown();
            return;
        }
        link.connected = true;
        link.key.interestOps(SelectionKey.OP_READ);
        connectsDone.countDown();
        fill(link);
    }

    /** Draws packets from the link's feed while fewer than its window are waiting. */
    private void fill(Link link) {
        if (!link.connected()) {
            return;
        }
        boolean added = false;
        while (true) {
            synchronized (link.waiting) {
                if (link.waiting.size() >= link.window) {
                    break;
                }
            }
            Packet packet = link.feed.get();
            if (packet == null) {
                break;
            }
            synchronized (link.waiting) {
                link.waiting.put(packet.qn(), System.nanoTime());
            }
            link.outgoing.add(ByteBuffer.wrap(packet.frame()));
            sent.incrementAndGet();
            added = true;
        }
        if (added) {
            try {
                write(link);
            } catch (IOException e) {
                fail(link);
            }
        }
    }

    private void write(Link link) throws IOException {
        while (!link.outgoing.isEmpty()) {
            ByteBuffer buffer = link.outgoing.peek();
            link.channel.write(buffer);
            if (buffer.hasRemaining()) {
                link.key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                return;
            }
            link.outgoing.poll();
        }
        link.key.interestOps(SelectionKey.OP_READ);
    }

    private void read(Link link) throws IOException {
        int n = link.channel.read(link.in);
        if (n < 0) {
            fail(link);
            return;
        }
        link.in.flip();
        byte[] bytes = new byte[link.in.remaining()];
        link.in.get(bytes);
        link.in.clear();
        String text = new String(bytes, StandardCharsets.US_ASCII);
        int start = 0;
        int end;
        boolean answered = false;
        while ((end = text.indexOf("\r\n", start)) >= 0) {
            answered |= response(link, text.substring(start, end));
            start = end + 2;
        }
        if (start < text.length()) {
            // the rest of a frame that came in pieces
            link.in.put(text.substring(start).getBytes(StandardCharsets.US_ASCII));
        }
        if (answered) {
            fill(link);
        }
    }

    private boolean response(Link link, String frame) {
        if (!frame.contains("CN=9014")) {
            return false;
        }
        String segment = frame.length() > 10 ? frame.substring(6, frame.length() - 4) : frame;
        String qn = Hj212Encoder.field(segment, "QN");
        Long sentAt;
        synchronized (link.waiting) {
            sentAt = qn == null ? null : link.waiting.remove(qn);
        }
        if (sentAt == null) {
            return false;
        }
        acks.incrementAndGet();
        link.linkAcks.incrementAndGet();
        ackNanos.addAndGet(System.nanoTime() - sentAt);
        return true;
    }

    /** Gives up on packets whose 9014 is overdue, so their link goes on with its next. */
    private void sweep(long now) {
        List<Link> all;
        synchronized (this) {
            all = List.copyOf(links);
        }
        for (Link link : all) {
            boolean freed = false;
            synchronized (link.waiting) {
                for (Iterator<Long> it = link.waiting.values().iterator(); it.hasNext(); ) {
                    if (now - it.next() > ackTimeoutNanos) {
                        it.remove();
                        timedOut.incrementAndGet();
                        freed = true;
                    } else {
                        break;
                    }
                }
            }
            if (freed) {
                fill(link);
            }
        }
    }

    private void fail(Link link) {
        if (!link.closed) {
            link.closed = true;
            dropped.incrementAndGet();
        }
        try {
            link.key.cancel();
            link.channel.close();
        } catch (IOException ignored) {
            // closing a broken connection
        }
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            for (Link link : links) {
                try {
                    if (link.channel != null) {
                        link.channel.close();
                    }
                } catch (IOException ignored) {
                    // closing at the end
                }
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing at the end
        }
    }
}
