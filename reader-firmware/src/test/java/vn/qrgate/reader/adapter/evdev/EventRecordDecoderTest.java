package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventRecordDecoderTest {

    private final List<KeyEvent> keys = new ArrayList<>();

    private static byte[] record64(long seconds, long micros, int type, int code, int value) {
        return ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
                .putLong(seconds).putLong(micros).putShort((short) type).putShort((short) code).putInt(value).array();
    }

    @Test
    void a_24_byte_record_gives_its_time_code_and_value() {
        new EventRecordDecoder(8).feed(record64(1_795_900_000L, 654_321, 1, 30, 1), 0, 24, keys::add);

        assertThat(keys).containsExactly(new KeyEvent(1_795_900_000_654_321L, 30, 1));
    }

    @Test
    void only_key_events_are_passed_on() {
        byte[] stream = new KeyEventStream().capsLock().type("1").bytes();

        new EventRecordDecoder(8).feed(stream, 0, stream.length, keys::add);

        // each key change comes with an MSC_SCAN and a SYN_REPORT, and Caps Lock with its LED
        assertThat(stream.length / 24).isEqualTo(4 * 3 + 2);
        assertThat(keys).extracting(KeyEvent::code).containsExactly(58, 58, 2, 2);
        assertThat(keys).extracting(KeyEvent::value).containsExactly(1, 0, 1, 0);
    }

    @Test
    void a_record_torn_across_reads_is_put_back_together() {
        byte[] stream = new KeyEventStream().type("Ab").bytes();
        List<KeyEvent> whole = new ArrayList<>();
        new EventRecordDecoder(8).feed(stream, 0, stream.length, whole::add);

        EventRecordDecoder decoder = new EventRecordDecoder(8);
        for (int at = 0; at < stream.length; at += 7) {
            byte[] piece = Arrays.copyOfRange(stream, at, Math.min(stream.length, at + 7));
            decoder.feed(piece, 0, piece.length, keys::add);
        }

        assertThat(keys).hasSize(6).isEqualTo(whole);
    }

    @Test
    void a_32_bit_process_reads_16_byte_records() {
        byte[] stream = new KeyEventStream(4).type("z").bytes();

        EventRecordDecoder decoder = new EventRecordDecoder(4);
        decoder.feed(stream, 0, stream.length, keys::add);

        assertThat(decoder.recordBytes()).isEqualTo(16);
        assertThat(stream.length).isEqualTo(6 * 16);
        assertThat(keys).extracting(KeyEvent::code).containsExactly(44, 44);
        assertThat(keys.get(0).timeMicros() / 1_000_000L).isEqualTo(KeyEventStream.START_SECONDS);
    }

    @Test
    void reset_drops_a_torn_record() {
        byte[] stream = new KeyEventStream().type("q").bytes();
        EventRecordDecoder decoder = new EventRecordDecoder(8);
        decoder.feed(stream, 0, 30, keys::add);

        decoder.reset();
        decoder.feed(stream, 0, stream.length, keys::add);

        assertThat(keys).extracting(KeyEvent::code).containsExactly(16, 16);
    }

    @Test
    void a_c_long_is_4_or_8_bytes() {
        assertThatThrownBy(() -> new EventRecordDecoder(2)).hasMessageContaining("4 or 8");
    }
}
