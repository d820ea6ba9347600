package vn.qrgate.protocol.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputHygieneTest {

    private static String clean(String s) {
        return ((InputHygiene.Clean) InputHygiene.clean(s.getBytes(StandardCharsets.UTF_8))).text();
    }

    private static Reason refused(byte[] bytes) {
        InputHygiene.Outcome outcome = InputHygiene.clean(bytes);
        assertThat(outcome).isInstanceOf(InputHygiene.Refused.class);
        CodeResult.Rejected rejection = ((InputHygiene.Refused) outcome).rejection();
        assertThat(rejection.kind()).isEqualTo(Kind.UNKNOWN);
        return rejection.reason();
    }

    @Test
    void exactlyOneTrailingLineEndIsRemoved() {
        assertThat(clean("abc\r\n")).isEqualTo("abc");
        assertThat(clean("abc\n")).isEqualTo("abc");
        assertThat(clean("abc\r")).isEqualTo("abc");
        assertThat(clean("abc\n\n")).isEqualTo("abc\n");
        assertThat(clean("abc\r\n\r\n")).isEqualTo("abc\r\n");
    }

    @Test
    void decomposedVietnameseIsComposed() {
        String decomposed = "Tra\u0302\u0300n Thi\u0323 Bi\u0300nh";
        assertThat(clean(decomposed)).isEqualTo("Trần Thị Bình");
    }

    @Test
    void twoKibibytesPassAndOneByteMoreIsTooLong() {
        byte[] max = "A".repeat(InputHygiene.MAX_BYTES).getBytes(StandardCharsets.US_ASCII);
        assertThat(InputHygiene.clean(max)).isInstanceOf(InputHygiene.Clean.class);
        byte[] withEnd = ("A".repeat(InputHygiene.MAX_BYTES) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        assertThat(InputHygiene.clean(withEnd)).isInstanceOf(InputHygiene.Clean.class);
        assertThat(refused("A".repeat(InputHygiene.MAX_BYTES + 1).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(Reason.TOO_LONG);
    }

    @Test
    void bytesThatAreNotStrictUtf8AreRefused() {
        assertThat(refused(new byte[] {'a', (byte) 0xC3})).isEqualTo(Reason.NOT_UTF8);
        // Overlong encoding of '/', accepted by lax decoders.
        assertThat(refused(new byte[] {(byte) 0xC0, (byte) 0xAF})).isEqualTo(Reason.NOT_UTF8);
        // Windows-1258 "ầ" is not UTF-8.
        assertThat(refused(new byte[] {'T', 'r', (byte) 0xE2, (byte) 0xCC, 'n'})).isEqualTo(Reason.NOT_UTF8);
        // An encoded surrogate.
        assertThat(refused(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isEqualTo(Reason.NOT_UTF8);
    }

    @Test
    void aJavaStringWithALoneSurrogateIsNotUtf8() {
        assertThat(((InputHygiene.Refused) InputHygiene.clean("ab\uD800c")).rejection().reason()).isEqualTo(Reason.NOT_UTF8);
        assertThat(InputHygiene.clean("ab\uD83D\uDE00c")).isInstanceOf(InputHygiene.Clean.class);
    }

    @Test
    void anEmptyScanIsMalformed() {
        assertThat(refused(new byte[0])).isEqualTo(Reason.MALFORMED);
        assertThat(refused("\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Reason.MALFORMED);
    }
}
