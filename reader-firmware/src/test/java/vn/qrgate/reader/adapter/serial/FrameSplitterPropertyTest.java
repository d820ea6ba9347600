package vn.qrgate.reader.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** However the UART happens to cut the stream, the frames are the same. */
class FrameSplitterPropertyTest {

    private static final int CAP = 16;
    private static final Duration IDLE = Duration.ofMillis(100);
    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final byte TAB = '\t';

    @Property
    void framesJoinedWithTheSuffixAndCutIntoAnyReadsComeOutIdentical(
            @ForAll("framed") Framed input, @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 17) Integer> reads) {
        FrameSplitter splitter = new FrameSplitter(input.suffix(), CAP, Duration.ZERO);

        List<String> out = hex(feedInReads(splitter, input.stream(), reads, 0));

        assertThat(out).containsExactlyElementsOf(hex(input.expected()));
        assertThat(splitter.hasPartial()).isFalse();
    }

    @Property
    void withoutSuffixEachBurstFollowedByAPauseIsOneFrame(
            @ForAll @Size(max = 6) List<@Size(min = 1, max = CAP) byte[]> frames,
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 17) Integer> reads) {
        FrameSplitter splitter = new FrameSplitter(Suffix.NONE, CAP, IDLE);
        List<byte[]> out = new ArrayList<>();
        long now = 0;
        for (byte[] frame : frames) {
            out.addAll(feedInReads(splitter, frame, reads, now));
            assertThat(splitter.flushIfIdle(now + IDLE.toNanos() - 1)).isEmpty();
            splitter.flushIfIdle(now + IDLE.toNanos()).ifPresent(out::add);
            now += 2 * IDLE.toNanos();
        }

        assertThat(hex(out)).containsExactlyElementsOf(hex(frames));
    }

    @Property
    void anyByteStreamSplitsTheSameWayWhereverTheReadsCutIt(
            @ForAll("anySuffix") Suffix suffix, @ForAll("noisy") byte[] stream,
            @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 17) Integer> reads) {
        FrameSplitter whole = new FrameSplitter(suffix, CAP, IDLE);
        FrameSplitter pieces = new FrameSplitter(suffix, CAP, IDLE);

        List<byte[]> expected = whole.feed(stream, 0);
        List<byte[]> out = feedInReads(pieces, stream, reads, 0);

        assertThat(hex(out)).containsExactlyElementsOf(hex(expected));
        assertThat(out).allSatisfy(frame -> assertThat(frame.length).isBetween(1, CAP + 1));
    }

    @Provide
    Arbitrary<Framed> framed() {
        Arbitrary<byte[]> frame = noisyBytes().array(byte[].class).ofMinSize(1).ofMaxSize(2 * CAP + 8);
        return Arbitraries.of(Suffix.CR, Suffix.LF, Suffix.CRLF, Suffix.TAB).flatMap(suffix ->
                frame.map(f -> carriable(suffix, f)).list().ofMaxSize(8).map(frames -> new Framed(suffix, frames)));
    }

    @Provide
    Arbitrary<Suffix> anySuffix() {
        return Arbitraries.of(Suffix.class);
    }

    @Provide
    Arbitrary<byte[]> noisy() {
        return noisyBytes().array(byte[].class).ofMaxSize(120);
    }

    /** Mostly line-end bytes and a little of everything else, so the tricky cases come up often. */
    private static Arbitrary<Byte> noisyBytes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(CR, LF, TAB)),
                Tuple.of(7, Arbitraries.bytes()));
    }

    /** Makes a random frame one that this suffix can carry, i.e. one a real reader could send. */
    private static byte[] carriable(Suffix suffix, byte[] frame) {
        byte[] f = frame.clone();
        for (int i = 0; i < f.length; i++) {
            boolean clash = switch (suffix) {
                case CR -> f[i] == CR || (i == 0 && f[i] == LF);
                case LF -> f[i] == LF || (i == f.length - 1 && f[i] == CR);
                case CRLF -> f[i] == LF && i > 0 && f[i - 1] == CR;
                case TAB -> f[i] == TAB;
                case NONE -> false;
            };
            if (clash) {
                f[i] = 'x';
            }
        }
        return f;
    }

    private static List<byte[]> feedInReads(FrameSplitter splitter, byte[] stream, List<Integer> reads, long now) {
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        for (int size : reads) {
            int n = Math.min(size, stream.length - at);
            out.addAll(splitter.feed(stream, at, n, now));
            at += n;
        }
        out.addAll(splitter.feed(stream, at, stream.length - at, now));
        return out;
    }

    private static List<String> hex(List<byte[]> frames) {
        return frames.stream().map(HexFormat.of()::formatHex).toList();
    }

    record Framed(Suffix suffix, List<byte[]> frames) {

        byte[] stream() {
            byte[] end = switch (suffix) {
                case CR -> new byte[] {CR};
                case LF -> new byte[] {LF};
                case CRLF -> new byte[] {CR, LF};
                case TAB -> new byte[] {TAB};
                case NONE -> new byte[0];
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] f : frames) {
                out.writeBytes(f);
                out.writeBytes(end);
            }
            return out.toByteArray();
        }

        List<byte[]> expected() {
            return frames.stream().map(f -> f.length > CAP ? Arrays.copyOf(f, CAP + 1) : f).toList();
        }

        @Override
        public String toString() {
            return suffix + " " + hex(frames);
        }
    }
}
