package vn.qrgate.reader.adapter.camera.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.camera.DecodedCode;
import vn.qrgate.reader.adapter.camera.LumaFrame;

class QrFrameDecoderTest {

    /** A CCCD-like line: Vietnamese text in UTF-8, as the chip ID card's QR holds it (made up, not a real person). */
    private static final String CCCD = "001099012345|012345678|Nguyễn Văn Thử|01011999|Nam|Số 1 Đường Láng, Đống Đa, Hà Nội|01012021";

    @Test
    void a_code_in_a_padded_plane_at_an_offset_is_read_in_place_with_its_centre_in_frame_pixels() {
        ByteMatrix code = QrPictures.modules("HELLO GATE 42", "UTF-8");
        int width = 320;
        int height = 240;
        int stride = 352;
        int offset = 3 * stride + 17; // not a whole number of rows
        int size = code.getWidth() * 4;
        byte[] frameData = new byte[offset + stride * height];
        Arrays.fill(frameData, QrPictures.PAPER);
        QrPictures.drawInto(frameData, stride, code, 4, 17 + 150, 3 + 60, false);

        Optional<DecodedCode> found = new QrFrameDecoder().decode(new LumaFrame(frameData, offset, width, height, stride));

        assertThat(found).isPresent();
        assertThat(found.get().text()).isEqualTo("HELLO GATE 42");
        assertThat(found.get().centreX()).isCloseTo(150 + size / 2f, offset(3f));
        assertThat(found.get().centreY()).isCloseTo(60 + size / 2f, offset(3f));
    }

    @Test
    void a_cccd_in_utf8_arrives_byte_for_byte() {
        byte[] grey = QrPictures.draw(QrPictures.modules(CCCD, "UTF-8"), 3, 640, 480, 100, 60, false);

        DecodedCode code = new QrFrameDecoder().decode(LumaFrame.packed(grey, 640, 480)).orElseThrow();

        assertThat(code.bytes()).isEqualTo(CCCD.getBytes(StandardCharsets.UTF_8));
        assertThat(code.text()).isEqualTo(CCCD);
    }

    @Test
    void bytes_that_are_not_utf8_are_passed_on_as_they_are_for_input_hygiene_to_reject() {
        // Without a charset the encoder writes ISO-8859-1, QR's nominal default, and no ECI.
        String latin1 = "Caf\u00e9 cr\u00e8me";
        byte[] grey = QrPictures.draw(QrPictures.modules(latin1, null), 4, 320, 240, 80, 40, false);

        DecodedCode code = new QrFrameDecoder().decode(LumaFrame.packed(grey, 320, 240)).orElseThrow();

        assertThat(code.bytes()).isEqualTo(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(code.text()).contains("\ufffd");
    }

    @Test
    void a_code_whose_eci_names_latin1_still_arrives_as_its_raw_bytes() {
        String latin1 = "Caf\u00e9 cr\u00e8me";
        byte[] grey = QrPictures.draw(QrPictures.modules(latin1, "ISO-8859-1"), 4, 320, 240, 80, 40, false);

        DecodedCode code = new QrFrameDecoder().decode(LumaFrame.packed(grey, 320, 240)).orElseThrow();

        assertThat(code.bytes()).isEqualTo(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(code.text()).isEqualTo(latin1);
    }

    @Test
    void a_code_mixing_digits_and_bytes_arrives_as_its_text_in_utf8() {
        // The compact encoding puts the run of digits in a numeric segment between two byte segments.
        String mixed = "s\u1ed1 0123456789012345678901234567890123456789 \u0111\u01b0\u1eddng";
        byte[] grey = QrPictures.draw(QrPictures.compactModules(mixed), 4, 480, 360, 80, 40, false);

        DecodedCode code = new QrFrameDecoder().decode(LumaFrame.packed(grey, 480, 360)).orElseThrow();

        assertThat(code.text()).isEqualTo(mixed);
        assertThat(code.bytes()).isEqualTo(mixed.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_numeric_code_has_no_byte_segments_and_arrives_as_its_text() {
        byte[] grey = QrPictures.draw(QrPictures.modules("0123456789012345", "UTF-8"), 5, 320, 240, 100, 50, false);

        DecodedCode code = new QrFrameDecoder().decode(LumaFrame.packed(grey, 320, 240)).orElseThrow();

        assertThat(code.bytes()).isEqualTo("0123456789012345".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void a_light_on_dark_code_from_a_phone_in_dark_mode_is_read_and_plain_zxing_misses_it() {
        byte[] grey = QrPictures.draw(QrPictures.modules("DARK MODE", "UTF-8"), 5, 320, 240, 100, 50, true);
        LumaFrame frame = LumaFrame.packed(grey, 320, 240);

        assertThat(new QrFrameDecoder().decode(frame)).map(DecodedCode::text).contains("DARK MODE");
        assertThat(new QrFrameDecoder(EnumSet.noneOf(QrFrameDecoder.Step.class)).decode(frame)).isEmpty();
    }

    @Test
    void a_large_frame_is_read_at_half_size_and_the_centre_is_given_in_full_size_pixels() {
        byte[] grey = QrPictures.draw(QrPictures.modules(CCCD, "UTF-8"), 8, 1600, 1200, 900, 300, false);
        int size = QrPictures.modules(CCCD, "UTF-8").getWidth() * 8;

        DecodedCode code = new QrFrameDecoder().decode(LumaFrame.packed(grey, 1600, 1200)).orElseThrow();

        assertThat(code.text()).isEqualTo(CCCD);
        assertThat(code.centreX()).isCloseTo(900 + size / 2f, offset(6f));
        assertThat(code.centreY()).isCloseTo(300 + size / 2f, offset(6f));
    }

    @Test
    void a_code_that_moves_between_frames_is_followed_and_its_new_centre_reported() {
        ByteMatrix modules = QrPictures.modules(CCCD, "UTF-8");
        int size = modules.getWidth() * 3;
        QrFrameDecoder decoder = new QrFrameDecoder();

        for (int step = 0; step < 5; step++) {
            int left = 120 + step * 12;
            int top = 80 + step * 7;
            byte[] grey = QrPictures.draw(modules, 3, 640, 480, left, top, false);

            DecodedCode code = decoder.decode(LumaFrame.packed(grey, 640, 480)).orElseThrow();

            assertThat(code.text()).isEqualTo(CCCD);
            assertThat(code.centreX()).isCloseTo(left + size / 2f, offset(3f));
            assertThat(code.centreY()).isCloseTo(top + size / 2f, offset(3f));
        }
    }

    @Test
    void a_photo_only_the_doubled_resampled_view_reads_stays_read_in_the_following_frames_at_the_same_place()
            throws Exception {
        java.nio.file.Path photo = QrCorpus.ROOT.resolve("zxing-qrcode-3/23.png");
        LumaFrame frame = ImageFiles.read(photo);
        String expected = java.nio.file.Files.readString(photo.resolveSibling("23.txt"), StandardCharsets.UTF_8);
        QrFrameDecoder decoder = new QrFrameDecoder();

        DecodedCode first = decoder.decode(frame).orElseThrow();
        for (int i = 0; i < 3; i++) {
            DecodedCode again = decoder.decode(frame).orElseThrow();

            assertThat(again.text()).isEqualTo(expected);
            assertThat(again.centreX()).isCloseTo(first.centreX(), offset(1.5f));
            assertThat(again.centreY()).isCloseTo(first.centreY(), offset(1.5f));
        }
        assertThat(first.text()).isEqualTo(expected);
    }

    @Test
    void when_the_code_leaves_a_new_code_elsewhere_in_the_frame_is_still_found() {
        QrFrameDecoder decoder = new QrFrameDecoder();
        byte[] left = QrPictures.draw(QrPictures.modules("FIRST CARD", "UTF-8"), 4, 640, 480, 20, 300, false);
        byte[] right = QrPictures.draw(QrPictures.modules("SECOND CARD", "UTF-8"), 4, 640, 480, 480, 20, false);

        assertThat(decoder.decode(LumaFrame.packed(left, 640, 480))).map(DecodedCode::text).contains("FIRST CARD");
        DecodedCode second = decoder.decode(LumaFrame.packed(right, 640, 480)).orElseThrow();

        assertThat(second.text()).isEqualTo("SECOND CARD");
        assertThat(second.centreX()).isGreaterThan(480);
        assertThat(second.centreY()).isLessThan(150);
    }

    @Test
    void a_smaller_frame_after_a_larger_one_is_read_whole() {
        QrFrameDecoder decoder = new QrFrameDecoder();
        byte[] large = QrPictures.draw(QrPictures.modules("LARGE FRAME", "UTF-8"), 5, 640, 480, 420, 300, false);
        byte[] small = QrPictures.draw(QrPictures.modules("SMALL FRAME", "UTF-8"), 4, 320, 240, 60, 40, false);

        assertThat(decoder.decode(LumaFrame.packed(large, 640, 480))).map(DecodedCode::text).contains("LARGE FRAME");
        assertThat(decoder.decode(LumaFrame.packed(small, 320, 240))).map(DecodedCode::text).contains("SMALL FRAME");
    }

    @Test
    void a_point_seen_in_a_turned_or_resized_view_is_placed_where_it_is_in_the_frame() {
        // Frame 320x240; turned clockwise it is 240x320 and frame (x, y) is at (239 - y, x).
        float[] frame = {40.5f, 120.25f};

        float[] fromTurned = new Placement(1f, 240, 0, 0).toFrame(new float[] {239 - frame[1], frame[0]});
        float[] fromTurnedDoubled = new Placement(0.5f, 240, 0, 0).toFrame(new float[] {2 * (239 - frame[1]), 2 * frame[0]});
        float[] fromHalf = new Placement(2f, 0, 0, 0).toFrame(new float[] {frame[0] / 2, frame[1] / 2});
        // A 100-pixel-high part starting at (30, 50), turned: part (x, y) is at (99 - y, x) in the view.
        float[] fromTurnedPart = new Placement(1f, 100, 30, 50).toFrame(new float[] {99 - (frame[1] - 50), frame[0] - 30});

        assertThat(fromTurned).containsExactly(frame);
        assertThat(fromTurnedDoubled).containsExactly(frame);
        assertThat(fromHalf).containsExactly(frame);
        assertThat(fromTurnedPart).containsExactly(frame);
    }

    @Test
    void frames_without_a_code_give_nothing() {
        byte[] blank = new byte[320 * 240];
        Arrays.fill(blank, QrPictures.PAPER);
        QrFrameDecoder decoder = new QrFrameDecoder();

        assertThat(decoder.decode(LumaFrame.packed(blank, 320, 240))).isEmpty();
        assertThat(decoder.decode(LumaFrame.packed(new byte[1], 1, 1))).isEmpty();
        assertThat(decoder.decode(LumaFrame.packed(new byte[3000 * 2], 3000, 2))).isEmpty();
    }

    @Property(tries = 40)
    void noise_and_shreds_of_codes_never_throw(@ForAll @IntRange(min = 1, max = 400) int width,
            @ForAll @IntRange(min = 1, max = 300) int height, @ForAll long seed) {
        Random random = new Random(seed);
        byte[] grey = new byte[width * height];
        random.nextBytes(grey);
        if (width > 60 && height > 60) {
            // A real code with random blocks punched out: finder patterns found, modules wrong.
            ByteMatrix modules = QrPictures.modules("SHRED " + seed, "UTF-8");
            int module = Math.max(1, Math.min(width, height) / (modules.getWidth() + 8));
            QrPictures.drawInto(grey, width, modules, module, 0, 0, random.nextBoolean());
            for (int i = 0; i < grey.length / 8; i++) {
                grey[random.nextInt(grey.length)] = (byte) random.nextInt(256);
            }
        }

        assertThat(new QrFrameDecoder().decode(LumaFrame.packed(grey, width, height))).isNotNull();
    }
}
