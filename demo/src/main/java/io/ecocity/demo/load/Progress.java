package io.ecocity.demo.load;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on the terminal: what is loading, how far, how fast. */
public final class Progress {

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastDrawn;

    public Progress(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = Math.max(1, total);
    }

    public void advance(long count) {
        done += count;
        long now = System.nanoTime();
        if (now - lastDrawn > 250_000_000L || done >= total) {
            lastDrawn = now;
            draw();
        }
    }

    public void finish() {
        done = Math.max(done, 0);
        draw();
        out.println();
    }

    public long done() {
        return done;
    }

    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void draw() {
        int width = 30;
        int filled = (int) Math.min(width, width * done / total);
        double rate = done / Math.max(0.001, seconds());
        out.print(String.format(Locale.ROOT, "\r  %-22s [%s%s] %3d%% %,d/%,d  %,.0f/s   ", what,
                "#".repeat(filled), ".".repeat(width - filled), Math.min(100, 100 * done / total), done, total, rate));
        out.flush();
    }
}
