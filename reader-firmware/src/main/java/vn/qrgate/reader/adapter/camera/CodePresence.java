package vn.qrgate.reader.adapter.camera;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Decides which sightings of a code are new: a code held in view is reported once, and again only
 * after it has left the view. A code has left when a frame decoded at least {@code goneAfter} after
 * its last sighting did not show it. Only such a frame is evidence: if the decoder is slow or the
 * camera stalls, time alone does not make a code that is still being held count twice.
 *
 * <p>Several codes are tracked at once, so two cards in view whose decodes alternate are each
 * reported once. Times are {@link System#nanoTime()} values of frame arrival. Not thread-safe: the
 * decoder thread owns it.
 */
public final class CodePresence {

    /** A kiosk window holds a card or two; more entries than this means a poster wall, not visitors. */
    static final int MAX_TRACKED = 16;

    private final long goneAfterNanos;
    // in order of last sighting, oldest first
    private final List<Sighting> inView = new ArrayList<>();

    public CodePresence(Duration goneAfter) {
        if (goneAfter == null || goneAfter.isNegative() || goneAfter.isZero()) {
            throw new IllegalArgumentException("goneAfter = " + goneAfter + ": must be more than zero");
        }
        this.goneAfterNanos = goneAfter.toNanos();
    }

    /** A frame showed this code; true when it has just come into view and should be reported. */
    public boolean seen(byte[] code, long frameNanos) {
        Sighting match = null;
        for (Iterator<Sighting> it = inView.iterator(); it.hasNext(); ) {
            Sighting s = it.next();
            if (Arrays.equals(s.code, code)) {
                match = s;
                it.remove();
            } else if (frameNanos - s.lastNanos >= goneAfterNanos) {
                it.remove();
            }
        }
        if (match != null) {
            match.lastNanos = frameNanos;
            inView.add(match);
            return false;
        }
        if (inView.size() >= MAX_TRACKED) {
            inView.remove(0);
        }
        inView.add(new Sighting(code.clone(), frameNanos));
        return true;
    }

    /** A frame was decoded and showed no code. */
    public void seenNothing(long frameNanos) {
        inView.removeIf(s -> frameNanos - s.lastNanos >= goneAfterNanos);
    }

    /** Codes currently counted as in view. */
    public int inView() {
        return inView.size();
    }

    private static final class Sighting {
        final byte[] code;
        long lastNanos;

        Sighting(byte[] code, long lastNanos) {
            this.code = code;
            this.lastNanos = lastNanos;
        }
    }
}
