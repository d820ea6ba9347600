package vn.qrgate.reader.adapter.serial;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSplitterTest {

    static final String CCCD = "058190001234|260123456|Trần Thị Bình|05071990|Nữ|"
            + "Thôn Phước Thiện, Xã Phước Thuận, Huyện Ninh Phước, Ninh Thuận|15082021";
    private static final long MS = 1_000_000L;

    @Test
    void aCarriageReturnEndsAFrame() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        assertThat(texts(splitter.feed(bytes("ABC\r"), 0))).containsExactly("ABC");
    }

    @Test
    void aFrameArrivingInSeveralReadsComesOutWhole() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        assertThat(splitter.feed(bytes("05819"), 0)).isEmpty();
        assertThat(splitter.feed(bytes("0001234|"), 1)).isEmpty();
        assertThat(texts(splitter.feed(bytes("x\r"), 2))).containsExactly("058190001234|x");
    }

    @Test
    void severalFramesInOneReadComeOutInOrder() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        assertThat(texts(splitter.feed(bytes("one\rtwo\rthree\rfou"), 0))).containsExactly("one", "two", "three");
        assertThat(texts(splitter.feed(bytes("r\r"), 0))).containsExactly("four");
    }

    @Test
    void aVietnameseCccdCutInsideAMultiByteLetterComesOutByteForByte() {
        byte[] line = (CCCD + "\r").getBytes(UTF_8);
        // 'ầ' is three bytes in UTF-8: cut after its first one
        int insideTran = CCCD.substring(0, CCCD.indexOf('ầ')).getBytes(UTF_8).length + 1;
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        List<byte[]> out = new ArrayList<>(splitter.feed(Arrays.copyOfRange(line, 0, insideTran), 0));
        out.addAll(splitter.feed(Arrays.copyOfRange(line, insideTran, line.length), 0));

        assertThat(out).singleElement().isEqualTo(CCCD.getBytes(UTF_8));
    }

    @Test
    void theLineFeedOfACrlfIsDroppedWhenTheSuffixIsCr() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        assertThat(texts(splitter.feed(bytes("A\r"), 0))).containsExactly("A");
        assertThat(splitter.feed(bytes("\n"), 0)).isEmpty();
        assertThat(texts(splitter.feed(bytes("B\r\nC\r\n"), 0))).containsExactly("B", "C");
    }

    @Test
    void onlyCrFollowedByLfEndsAFrameWhenTheSuffixIsCrlf() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CRLF);

        assertThat(texts(splitter.feed(bytes("A\rB\r\n"), 0))).containsExactly("A\rB");
        assertThat(texts(splitter.feed(bytes("C\nD\r\n"), 0))).containsExactly("C\nD");
    }

    @Test
    void aCrlfSplitBetweenTwoReadsIsStillOneSuffix() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CRLF);

        assertThat(splitter.feed(bytes("ABC\r"), 0)).isEmpty();
        assertThat(texts(splitter.feed(bytes("\nDEF\r"), 0))).containsExactly("ABC");
        assertThat(texts(splitter.feed(bytes("x\r\n"), 0))).containsExactly("DEF\rx");
    }

    @Test
    void aCarriageReturnBeforeTheLineFeedIsDroppedWhenTheSuffixIsLf() {
        FrameSplitter splitter = new FrameSplitter(Suffix.LF);

        assertThat(texts(splitter.feed(bytes("A\r\nB\nC\rD\n"), 0))).containsExactly("A", "B", "C\rD");
    }

    @Test
    void aTabEndsAFrameWhenTheSuffixIsTab() {
        FrameSplitter splitter = new FrameSplitter(Suffix.TAB);

        assertThat(texts(splitter.feed(bytes("A\tB\r\n\t"), 0))).containsExactly("A", "B\r\n");
    }

    @Test
    void emptyFramesAreDropped() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        assertThat(texts(splitter.feed(bytes("\r\r\rA\r\r"), 0))).containsExactly("A");
    }

    @Test
    void aFrameOverTheCapComesOutAsCapPlusOneBytesAndItsRestIsSkipped() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR, 16, Duration.ZERO);

        List<String> out = texts(splitter.feed(bytes("0123456789abcdefXYZ-rest-of-it"), 0));
        out.addAll(texts(splitter.feed(bytes("-more\rnext\r"), 0)));

        assertThat(out).containsExactly("0123456789abcdefX", "next");
    }

    @Test
    void aFrameExactlyAtTheCapPassesWholeEvenWithItsCrlfSplitOff() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CRLF, 4, Duration.ZERO);

        assertThat(splitter.feed(bytes("ABCD\r"), 0)).isEmpty();
        assertThat(texts(splitter.feed(bytes("\n"), 0))).containsExactly("ABCD");
    }

    @Test
    void aReaderWithoutSuffixHasItsFrameFlushedOnceIdle() {
        FrameSplitter splitter = new FrameSplitter(Suffix.NONE, 4096, Duration.ofMillis(80));

        assertThat(splitter.feed(bytes("ABC"), 0)).isEmpty();
        assertThat(splitter.feed(bytes("DEF"), 50 * MS)).isEmpty();
        assertThat(splitter.flushIfIdle(120 * MS)).isEmpty();
        assertThat(splitter.flushIfIdle(130 * MS)).map(b -> new String(b, UTF_8)).contains("ABCDEF");
        assertThat(splitter.flushIfIdle(500 * MS)).isEmpty();
    }

    @Test
    void theIdleFlushEndsTheSkippingOfAnOversizedFrame() {
        FrameSplitter splitter = new FrameSplitter(Suffix.NONE, 16, Duration.ofMillis(50));

        assertThat(texts(splitter.feed(bytes("0123456789abcdefXYZ"), 0))).containsExactly("0123456789abcdefX");
        assertThat(splitter.flushIfIdle(60 * MS)).isEmpty();
        splitter.feed(bytes("short"), 100 * MS);
        assertThat(splitter.flushIfIdle(200 * MS)).map(b -> new String(b, UTF_8)).contains("short");
    }

    @Test
    void idleFlushIsOffUnlessConfigured() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);

        splitter.feed(bytes("partial"), 0);

        assertThat(splitter.flushIfIdle(Long.MAX_VALUE / 2)).isEmpty();
        assertThat(splitter.hasPartial()).isTrue();
    }

    @Test
    void finishTakesTheLastUnterminatedFrameAndTreatsAHalfCrlfAsItsSuffix() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CRLF);

        splitter.feed(bytes("last\r"), 0);

        assertThat(splitter.finish()).map(b -> new String(b, UTF_8)).contains("last");
        assertThat(splitter.hasPartial()).isFalse();
    }

    @Test
    void resetForgetsAFrameCutOffByAnUnplug() {
        FrameSplitter splitter = new FrameSplitter(Suffix.CR);
        splitter.feed(bytes("half-a-co"), 0);

        splitter.reset();

        assertThat(texts(splitter.feed(bytes("whole\r"), 0))).containsExactly("whole");
    }

    @Test
    void aReaderWithoutSuffixMustHaveAnIdleTimeout() {
        assertThatThrownBy(() -> new FrameSplitter(Suffix.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> new FrameSplitter(Suffix.CR, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFrameBytes = 0");
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static List<String> texts(List<byte[]> frames) {
        List<String> out = new ArrayList<>();
        frames.forEach(f -> out.add(new String(f, UTF_8)));
        return out;
    }
}
