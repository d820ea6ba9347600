package vn.qrgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.event.Direction;

class FastPathsTest {

    @Property
    void theUtf8CheckAgreesWithTheStrictDecoderOnAnyBytes(@ForAll @Size(max = 12) byte[] bytes) {
        assertThat(FastPaths.isStrictUtf8(bytes)).isEqualTo(decodesStrictly(bytes));
    }

    @Test
    void theUtf8CheckRefusesOverlongFormsSurrogatesAndCodePointsAboveTheMaximum() {
        assertThat(FastPaths.isStrictUtf8(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse();
        assertThat(FastPaths.isStrictUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse();
        assertThat(FastPaths.isStrictUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isFalse();
        assertThat(FastPaths.isStrictUtf8("Trần Thị Bình 🙂".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Property
    void theTimestampFastPathGivesWhatTheIsoParserGives(@ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day,
            @ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 59) int minute,
            @ForAll @IntRange(min = 0, max = 60) int second, @ForAll @IntRange(min = 0, max = 9) int fractionDigits,
            @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes) {
        String fraction = fractionDigits == 0 ? "" : "." + "123456789".substring(0, fractionDigits);
        String offset = offsetMinutes == 0 && hour % 2 == 0 ? "Z"
                : String.format("%s%02d:%02d", offsetMinutes < 0 ? "-" : "+", Math.abs(offsetMinutes) / 60, Math.abs(offsetMinutes) % 60);
        String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%s", year, month, day, hour, minute, second, fraction, offset);
        OffsetDateTime expected;
        try {
            expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeException e) {
            expected = null;
        }
        // Where the fast path declines (null), the ISO parser decides; where it answers, it must agree.
        OffsetDateTime fast = FastPaths.timestamp(text);
        if (fast != null) {
            assertThat(fast).isEqualTo(expected);
        } else if (expected != null) {
            assertThat(JsonDecoder.timestamp(text, "t")).isEqualTo(expected);
        }
    }

    @Test
    void theUuidFastPathTakesOnlyTheCanonicalForm() {
        UUID id = UUID.randomUUID();
        assertThat(FastPaths.canonicalUuid(id.toString())).isEqualTo(id);
        assertThat(FastPaths.canonicalUuid(id.toString().toUpperCase())).isEqualTo(id);
        assertThat(FastPaths.canonicalUuid("1-1-1-1-1")).isNull();
        assertThat(FastPaths.canonicalUuid(id.toString().replace('-', '_'))).isNull();
        assertThat(FastPaths.canonicalUuid("٠" + id.toString().substring(1))).isNull();
        assertThat(FastPaths.canonicalUuid("g" + id.toString().substring(1))).isNull();
    }

    @Test
    void enumConstantsAreFoundByTheirExactName() {
        assertThat(FastPaths.enumConstant(Direction.class, "OUT")).isEqualTo(Direction.OUT);
        assertThat(FastPaths.enumConstant(Direction.class, "out")).isNull();
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
