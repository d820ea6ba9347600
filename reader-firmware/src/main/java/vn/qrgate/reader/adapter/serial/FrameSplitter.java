package vn.qrgate.reader.adapter.serial;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cuts the byte stream of a reader into frames. A serial read returns whatever the UART had, so a
 * code can arrive in several pieces and several codes in one piece; the result must not depend on
 * where the reads happened to cut.
 *
 * <p>Rules, chosen so that a reader set to a slightly different suffix still works:
 * <ul>
 *   <li>CR: a CR ends the frame; an LF right after it (the tail of a CRLF) is dropped.</li>
 *   <li>LF: an LF ends the frame; a CR right before it is dropped with it.</li>
 *   <li>CRLF: only CR followed by LF ends a frame; a lone CR is data.</li>
 *   <li>TAB: a TAB ends the frame. NONE: only the idle timeout (or {@link #finish()}) does.</li>
 * </ul>
 * Empty frames are dropped. A frame longer than the cap is emitted as its first cap+1 bytes at
 * once, so validation rejects it as too long, and the rest up to the next suffix is thrown away.
 *
 * <p>Time comes in as {@code nowNanos} (from {@link System#nanoTime()}) so the splitter does no I/O
 * and tests need no sleeps. Not thread-safe: one reader thread owns it.
 */
public final class FrameSplitter {

    public static final int DEFAULT_MAX_FRAME_BYTES = 4096;

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte TAB = '\t';

    private final Suffix suffix;
    private final int maxFrameBytes;
    private final long idleNanos;

    private final byte[] frame;
    private int length;
    // a CR seen in LF/CRLF mode whose meaning depends on the next byte, which may be in the next read
    private boolean pendingCr;
    // CR mode: the frame just ended on CR, so an LF next is half of a CRLF, not data
    private boolean swallowLf;
    // an oversized frame was already emitted; bytes until the next suffix belong to it
    private boolean discarding;
    private long lastByteNanos;

    public FrameSplitter(Suffix suffix) {
        this(suffix, DEFAULT_MAX_FRAME_BYTES, Duration.ZERO);
    }

    /** {@code idleTimeout} of zero turns the idle flush off; NONE needs it, or frames never end. */
    public FrameSplitter(Suffix suffix, int maxFrameBytes, Duration idleTimeout) {
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes = " + maxFrameBytes + ": must be at least 1");
        }
        if (idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idleTimeout = " + idleTimeout + ": must be zero (off) or positive");
        }
        if (suffix == Suffix.NONE && idleTimeout.isZero()) {
            throw new IllegalArgumentException("suffix NONE needs a positive idleTimeout, or no frame would ever end");
        }
        this.maxFrameBytes = maxFrameBytes;
        this.idleNanos = idleTimeout.toNanos();
        this.frame = new byte[maxFrameBytes + 1];
    }

    public List<byte[]> feed(byte[] chunk, long nowNanos) {
        return feed(chunk, 0, chunk.length, nowNanos);
    }

    /** Returns the frames this chunk completed, oldest first; often none. */
    public List<byte[]> feed(byte[] chunk, int offset, int count, long nowNanos) {
        Objects.checkFromIndexSize(offset, count, chunk.length);
        if (count == 0) {
            return List.of();
        }
        lastByteNanos = nowNanos;
        List<byte[]> out = new ArrayList<>(1);
        for (int i = offset; i < offset + count; i++) {
            accept(chunk[i], out);
        }
        return out;
    }

    /** The partial frame, once no byte has come for the idle timeout; empty if off or not yet. */
    public Optional<byte[]> flushIfIdle(long nowNanos) {
        if (idleNanos == 0 || !hasPartial() || nowNanos - lastByteNanos < idleNanos) {
            return Optional.empty();
        }
        return finish();
    }

    /**
     * End of stream: the partial frame, if any, as a frame. A CR still waiting for its LF is taken
     * as the suffix it was meant to be.
     */
    public Optional<byte[]> finish() {
        byte[] partial = discarding || length == 0 ? null : Arrays.copyOf(frame, length);
        reset();
        return Optional.ofNullable(partial);
    }

    /** Forgets the partial frame, e.g. when the device went away mid-frame. */
    public void reset() {
        length = 0;
        pendingCr = false;
        swallowLf = false;
        discarding = false;
    }

    public boolean hasPartial() {
        return length > 0 || pendingCr || discarding;
    }

    public Suffix suffix() {
        return suffix;
    }

    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    private void accept(byte b, List<byte[]> out) {
        switch (suffix) {
            case CR -> {
                boolean tailOfCrlf = swallowLf && b == LF;
                swallowLf = false;
                if (tailOfCrlf) {
                    return;
                }
                if (b == CR) {
                    endFrame(out);
                    swallowLf = true;
                } else {
                    append(b, out);
                }
            }
            case LF, CRLF -> {
                if (pendingCr) {
                    pendingCr = false;
                    if (b == LF) {
                        endFrame(out);
                        return;
                    }
                    append(CR, out);
                }
                if (b == CR) {
                    pendingCr = true;
                } else if (b == LF && suffix == Suffix.LF) {
                    endFrame(out);
                } else {
                    append(b, out);
                }
            }
            case TAB -> {
                if (b == TAB) {
                    endFrame(out);
                } else {
                    append(b, out);
                }
            }
            case NONE -> append(b, out);
        }
    }

    private void append(byte b, List<byte[]> out) {
        if (discarding) {
            return;
        }
        frame[length++] = b;
        if (length > maxFrameBytes) {
            // emit now: the visitor gets the red light at once instead of after the rest arrives
            out.add(Arrays.copyOf(frame, length));
            length = 0;
            discarding = true;
        }
    }

    private void endFrame(List<byte[]> out) {
        if (!discarding && length > 0) {
            out.add(Arrays.copyOf(frame, length));
        }
        length = 0;
        discarding = false;
    }
}
