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
 * it sends from its feed, keeps at most {@code window} of them waiting for their 9014 and matches each 9014 to its
 * packet by QN. As a data logger does, it keeps what was not confirmed: a packet whose 9014 has not come within the
 * ack timeout is sent again, and when the connection closes or breaks the link reconnects after a growing, jittered
 * delay and first resends, in their order, the packets the old connection left unanswered. A packet is given up
 * only after {@link Retry#attempts} sends or {@link Retry#giveUpAfterMillis} since it was first sent.
 */
public final class LoggerLinks implements AutoCloseable {

    /** One packet to send: its frame and the QN its 9014 will carry. */
    public record Packet(String qn, byte[] frame) {
    }

    /**
     * When to send a packet again and when to give it up, and how long to wait before reconnecting.
     *
     * @param ackTimeoutMillis  how long a sent packet waits for its 9014 before it is sent again (or given up)
     * @param attempts          sends of one packet at most, the first included
     * @param giveUpAfterMillis a packet not acknowledged this long after it was first sent is given up
     * @param backoffMinMillis  the first delay before reconnecting; it doubles with each failure in a row
     * @param backoffMaxMillis  the longest delay before reconnecting
     */
    public record Retry(long ackTimeoutMillis, int attempts, long giveUpAfterMillis, long backoffMinMillis,
            long backoffMaxMillis) {
        public Retry {
            if (ackTimeoutMillis <= 0 || attempts < 1 || giveUpAfterMillis <= 0 || backoffMinMillis <= 0
                    || backoffMaxMillis < backoffMinMillis) {
                throw new IllegalArgumentException("retry settings out of range: ack timeout " + ackTimeoutMillis
                        + " ms, " + attempts + " attempts, give up after " + giveUpAfterMillis + " ms, backoff "
                        + backoffMinMillis + "…" + backoffMaxMillis + " ms");
            }
        }

        /** 15 s for a 9014, 4 sends (HJ 212's default of 3 resends), 10 min in all, reconnects 1 s doubling to 30 s. */
        public static Retry defaults(long ackTimeoutMillis) {
            return new Retry(ackTimeoutMillis, 4, 600_000, 1_000, 30_000);
        }
    }

    /** A packet sent and not yet acknowledged. */
    private static final class Pending {
        final Packet packet;
        final long sequence;
        final long firstSent;
        long lastSent;
        int attempts;

        Pending(Packet packet, long sequence, long now) {
            this.packet = packet;
            this.sequence = sequence;
            this.firstSent = now;
            this.lastSent = now;
            this.attempts = 1;
        }
    }

    private enum State { CONNECTING, CONNECTED, BACKING_OFF, CLOSED }

    /** One logger's connection. */
    public final class Link {
        private final String mn;
        private final Supplier<Packet> feed;
        private final int window;
        private SocketChannel channel;
        private SelectionKey key;
        private final ArrayDeque<ByteBuffer> outgoing = new ArrayDeque<>();
        /** Sent on the current connection, by QN; guarded by itself, as is {@link #toResend}. */
        private final Map<String, Pending> waiting = new LinkedHashMap<>();
        /** Left unanswered by a closed connection, in the order they were first sent: resent before anything new. */
        private final ArrayDeque<Pending> toResend = new ArrayDeque<>();
        private final ByteBuffer in = ByteBuffer.allocate(4096);
        private volatile State state = State.CONNECTING;
        private long connectStarted;
        private long reconnectAt;
        private int failuresInARow;
        private boolean everConnected;
        private boolean holdsConnectSlot;
        private long sequence;
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
            return state == State.CONNECTED;
        }

        public long acks() {
            return linkAcks.get();
        }

        /** Packets sent whose 9014 has not come yet (on this connection, or to be resent on the next). */
        public int waiting() {
            synchronized (waiting) {
                return waiting.size() + toResend.size();
            }
        }
    }

    private final InetSocketAddress address;
    private final Retry retry;
    private final long ackTimeoutNanos;
    private final Selector selector;
    private final List<Link> links = new ArrayList<>();
    private final ArrayDeque<Link> toConnect = new ArrayDeque<>();
    private final ConcurrentLinkedQueue<Link> toWake = new ConcurrentLinkedQueue<>();
    /** Links waiting out their backoff, soonest first; only the selector thread touches it. */
    private final java.util.PriorityQueue<Link> backingOff =
            new java.util.PriorityQueue<>(java.util.Comparator.comparingLong((Link l) -> l.reconnectAt));
    private final Thread loop;
    private volatile boolean running = true;
    private int connecting;
    private CountDownLatch connectsDone = new CountDownLatch(0);

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acks = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private final AtomicLong lateAcks = new AtomicLong();
    private final AtomicLong failedConnects = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong ackNanos = new AtomicLong();

    /** At most this many connections are being opened at once, so the receiver's accept backlog is not overrun. */
    private static final int CONNECTING_AT_ONCE = 200;
    /** A connection not established within this is abandoned like a refused one. */
    private static final long CONNECT_TIMEOUT_NANOS = 10_000_000_000L;

    public LoggerLinks(String host, int port, long ackTimeoutMillis) {
        this(host, port, Retry.defaults(ackTimeoutMillis));
    }

    public LoggerLinks(String host, int port, Retry retry) {
        this.address = new InetSocketAddress(host, port);
        this.retry = retry;
        this.ackTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(retry.ackTimeoutMillis());
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
     * packets waiting for their 9014, and waits until each has connected or failed once (at most
     * {@code timeoutMillis}); a link that failed keeps trying to reconnect.
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

    /** Times a sent packet's 9014 did not come within the ack timeout (each is then resent or given up). */
    public long timedOut() {
        return timedOut.get();
    }

    /** Sends of a packet after its first: after an ack timeout, or on a new connection after the old one closed. */
    public long resent() {
        return resent.get();
    }

    /** Packets given up without a 9014, after their attempts or total time ran out. */
    public long givenUp() {
        return givenUp.get();
    }

    /** 9014s for packets no longer waiting: a second answer to a packet sent twice, or one after it was given up. */
    public long lateAcks() {
        return lateAcks.get();
    }

    /** Connections made again after a link's connection closed or failed. */
    public long reconnects() {
        return reconnects.get();
    }

    public long failedConnects() {
        return failedConnects.get();
    }

    /** Connections the receiver closed, or that broke (connections lost). */
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
                selector.select(selectTimeout());
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
                        lost(link);
                    }
                }
                for (Link link; (link = toWake.poll()) != null; ) {
                    fill(link);
                }
                long now = System.nanoTime();
                dueReconnects(now);
                if (now - lastSweep > 100_000_000L) {
                    lastSweep = now;
                    sweep(now);
                }
            } catch (IOException e) {
                // a selector failure ends nothing but this pass
            }
        }
    }

    private long selectTimeout() {
        Link next = backingOff.peek();
        if (next == null) {
            return 100;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(next.reconnectAt - System.nanoTime());
        return Math.max(1, Math.min(100, millis));
    }

    /** Links whose backoff is over join the queue of connections to open (at most {@code CONNECTING_AT_ONCE}). */
    private void dueReconnects(long now) {
        if (backingOff.isEmpty()) {
            return;
        }
        synchronized (this) {
            while (!backingOff.isEmpty() && backingOff.peek().reconnectAt - now <= 0) {
                Link link = backingOff.poll();
                link.state = State.CONNECTING;
                toConnect.add(link);
            }
        }
    }

    private void startConnects() {
        synchronized (this) {
            while (connecting < CONNECTING_AT_ONCE && !toConnect.isEmpty()) {
                Link link = toConnect.poll();
                if (!running) {
                    break;
                }
                try {
                    link.state = State.CONNECTING;
                    link.connectStarted = System.nanoTime();
                    link.channel = SocketChannel.open();
                    link.channel.configureBlocking(false);
                    link.channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                    link.key = link.channel.register(selector, SelectionKey.OP_CONNECT, link);
                    connecting++;
                    link.holdsConnectSlot = true;
                    if (link.channel.connect(address)) {
                        finishConnect(link);
                    }
                } catch (IOException e) {
                    connectFailed(link);
                }
            }
        }
    }

    private void releaseConnectSlot(Link link) {
        synchronized (this) {
            if (link.holdsConnectSlot) {
                link.holdsConnectSlot = false;
                connecting--;
            }
        }
    }

    private void finishConnect(Link link) {
        releaseConnectSlot(link);
        try {
            link.channel.finishConnect();
        } catch (IOException e) {
            connectFailed(link);
            return;
        }
        link.state = State.CONNECTED;
        link.key.interestOps(SelectionKey.OP_READ);
        if (link.everConnected) {
            reconnects.incrementAndGet();
        } else {
            link.everConnected = true;
            connectsDone.countDown();
        }
        resendLeftOver(link);
        fill(link);
    }

    private void connectFailed(Link link) {
        releaseConnectSlot(link);
        failedConnects.incrementAndGet();
        closeChannel(link);
        if (!link.everConnected && link.failuresInARow == 0) {
            // open() waits for each link's first outcome only
            connectsDone.countDown();
        }
        backOff(link);
    }

    /** Waits before the next connection: the minimum, doubled per failure in a row, capped, with half of it random. */
    private void backOff(Link link) {
        if (!running) {
            link.state = State.CLOSED;
            return;
        }
        long delay = retry.backoffMinMillis() << Math.min(link.failuresInARow, 20);
        delay = Math.min(delay, retry.backoffMaxMillis());
        // spread over [delay/2, delay]: links dropped together do not all come back at the same instant
        long jittered = delay / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(delay / 2 + 1);
        link.failuresInARow++;
        link.state = State.BACKING_OFF;
        link.reconnectAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(jittered);
        backingOff.add(link);
    }

    /** A connection closed or broke: what it left unanswered is kept to be resent, and the link reconnects. */
    private void lost(Link link) {
        if (link.state != State.CONNECTED) {
            return;
        }
        dropped.incrementAndGet();
        closeChannel(link);
        link.outgoing.clear();
        link.in.clear();
        synchronized (link.waiting) {
            List<Pending> left = new ArrayList<>(link.waiting.values());
            left.addAll(link.toResend);
            left.sort(java.util.Comparator.comparingLong(p -> p.sequence));
            link.waiting.clear();
            link.toResend.clear();
            link.toResend.addAll(left);
        }
        backOff(link);
    }

    private void closeChannel(Link link) {
        try {
            if (link.key != null) {
                link.key.cancel();
            }
            if (link.channel != null) {
                link.channel.close();
            }
        } catch (IOException ignored) {
            // closing a broken connection
        }
    }

    /** On a new connection: the packets the old one left unanswered go first, in their order. */
    private void resendLeftOver(Link link) {
        long now = System.nanoTime();
        boolean added = false;
        synchronized (link.waiting) {
            for (Pending p; (p = link.toResend.poll()) != null; ) {
                if (exhausted(p, now)) {
                    givenUp.incrementAndGet();
                    continue;
                }
                p.attempts++;
                p.lastSent = now;
                link.waiting.put(p.packet.qn(), p);
                link.outgoing.add(ByteBuffer.wrap(p.packet.frame()));
                resent.incrementAndGet();
                added = true;
            }
        }
        if (added) {
            flush(link);
        }
    }

    private boolean exhausted(Pending p, long now) {
        return p.attempts >= retry.attempts()
                || now - p.firstSent >= TimeUnit.MILLISECONDS.toNanos(retry.giveUpAfterMillis());
    }

    /** Draws packets from the link's feed while fewer than its window are waiting. */
    private void fill(Link link) {
        if (!link.connected()) {
            return;
        }
        boolean added = false;
        while (true) {
            synchronized (link.waiting) {
                if (link.waiting.size() + link.toResend.size() >= link.window) {
                    break;
                }
            }
            Packet packet = link.feed.get();
            if (packet == null) {
                break;
            }
            synchronized (link.waiting) {
                link.waiting.put(packet.qn(), new Pending(packet, link.sequence++, System.nanoTime()));
            }
            link.outgoing.add(ByteBuffer.wrap(packet.frame()));
            sent.incrementAndGet();
            added = true;
        }
        if (added) {
            flush(link);
        }
    }

    private void flush(Link link) {
        try {
            write(link);
        } catch (IOException e) {
            lost(link);
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
            lost(link);
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
        Pending pending;
        synchronized (link.waiting) {
            pending = qn == null ? null : link.waiting.remove(qn);
        }
        if (pending == null) {
            lateAcks.incrementAndGet();
            return false;
        }
        // the receiver answers on this connection: the next loss starts the backoff from its minimum again
        link.failuresInARow = 0;
        acks.incrementAndGet();
        link.linkAcks.incrementAndGet();
        ackNanos.addAndGet(System.nanoTime() - pending.lastSent);
        return true;
    }

    /**
     * Sends again the packets whose 9014 is overdue, gives up those out of attempts or time (also while their link
     * is reconnecting), and abandons connections that take too long to open.
     */
    private void sweep(long now) {
        List<Link> all;
        synchronized (this) {
            all = List.copyOf(links);
        }
        long giveUpNanos = TimeUnit.MILLISECONDS.toNanos(retry.giveUpAfterMillis());
        for (Link link : all) {
            if (link.state == State.CONNECTING && link.holdsConnectSlot
                    && now - link.connectStarted > CONNECT_TIMEOUT_NANOS) {
                connectFailed(link);
                continue;
            }
            boolean freed = false;
            boolean resend = false;
            synchronized (link.waiting) {
                for (Iterator<Pending> it = link.toResend.iterator(); it.hasNext(); ) {
                    if (now - it.next().firstSent >= giveUpNanos) {
                        it.remove();
                        givenUp.incrementAndGet();
                    }
                }
                if (link.connected()) {
                    for (Iterator<Pending> it = link.waiting.values().iterator(); it.hasNext(); ) {
                        Pending p = it.next();
                        if (now - p.lastSent <= ackTimeoutNanos) {
                            continue;
                        }
                        timedOut.incrementAndGet();
                        if (exhausted(p, now)) {
                            it.remove();
                            givenUp.incrementAndGet();
                            freed = true;
                        } else {
                            p.attempts++;
                            p.lastSent = now;
                            link.outgoing.add(ByteBuffer.wrap(p.packet.frame()));
                            resent.incrementAndGet();
                            resend = true;
                        }
                    }
                }
            }
            if (resend) {
                flush(link);
            }
            if (freed) {
                fill(link);
            }
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
                link.state = State.CLOSED;
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
