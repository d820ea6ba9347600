package vn.qrgate.reader.adapter.camera.decode;

/**
 * Which frames get the expensive views (quarter turn, doubled, re-sampling) when the gate is idle. A
 * frame without a code costs every view, and a kiosk camera shows an empty gate most of the day; the
 * expensive views are most of that cost (docs/camera-decoding.md, "Measured"). So they run on every frame
 * only while a code was read in the last {@link #RECENT_FRAMES} frames, and otherwise on every
 * {@link #IDLE_EVERY}-th frame: a code only they can read waits at most {@code IDLE_EVERY - 1} frames.
 * A fresh decoder is idle at phase 0, so its first frame gets every view (decode-image reads one frame).
 */
final class IdleViews {

    /**
     * Half a second at 30 frames/s: a card that is held up but tilts, blurs or slips out of its previous
     * position for a few frames is still read as hard as on its first frame. Longer would only add the
     * cost of full frames after the card has gone.
     */
    static final int RECENT_FRAMES = 15;
    /** About 130 ms at 30 frames/s of extra wait for a hard code; idle cost measured for 2 to 8 in the docs. */
    static final int IDLE_EVERY = 4;

    private int framesSinceCode = Integer.MAX_VALUE;
    private int idleFrames;

    /** Called once at the start of each frame: whether this frame gets the expensive views. */
    boolean expensiveViewsDue() {
        if (framesSinceCode < Integer.MAX_VALUE) {
            framesSinceCode++;
        }
        if (framesSinceCode <= RECENT_FRAMES) {
            return true;
        }
        boolean due = idleFrames == 0;
        idleFrames = (idleFrames + 1) % IDLE_EVERY;
        return due;
    }

    /** The frame just decoded held a code: the next {@link #RECENT_FRAMES} frames get every view. */
    void codeRead() {
        framesSinceCode = 0;
        idleFrames = 0;
    }
}
