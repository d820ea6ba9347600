package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrgate.protocol.code.CodeResult;
import vn.qrgate.protocol.code.Kind;
import vn.qrgate.protocol.code.Reason;
import vn.qrgate.protocol.code.TestVectors;
import vn.qrgate.reader.adapter.evdev.AssembledCode.Ending;

/** The checked-in event byte streams, decoded and assembled as the device thread does it. */
class RecordedStreamsTest {

    static byte[] fixture(String name) {
        try (InputStream in = RecordedStreamsTest.class.getResourceAsStream("/evdev/" + name)) {
            assertThat(in).as("test resource evdev/%s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Assembly assemble(String name, SuffixKey suffix) {
        Assembly a = new Assembly(suffix).feed(fixture(name));
        a.assembler.expire();
        return a;
    }

    @Test
    void a_signed_qg1_code_typed_with_shift_for_its_capitals_is_read_whole_and_verifies() {
        Assembly a = assemble("qg1-shift.bin", SuffixKey.ENTER);

        assertThat(a.texts()).containsExactly(EvdevFixtures.text("qg1-ok"));
        assertThat(TestVectors.validator().validate(a.codes.get(0).bytes())).isInstanceOf(CodeResult.Accepted.class);
    }

    @Test
    void a_pc_covid_code_typed_with_caps_lock_on_and_a_held_shift_is_read_whole() {
        Assembly a = assemble("pccovid-caps-lock.bin", SuffixKey.ENTER);

        assertThat(a.texts()).containsExactly(EvdevFixtures.text("pccovid-ok-cccd"));
    }

    @Test
    void a_cccd_typed_by_a_wedge_arrives_with_question_marks_however_the_reader_typed_its_letters() {
        String mangled = EvdevFixtures.text("wedge-mangled-cccd");
        for (String name : new String[] {"cccd-question-marks.bin", "cccd-alt-numpad.bin", "cccd-unmapped-keys.bin"}) {
            Assembly a = assemble(name, SuffixKey.ENTER);

            assertThat(a.texts()).as(name).containsExactly(mangled);
            CodeResult result = TestVectors.validator().validate(a.codes.get(0).bytes());
            assertThat(result).as(name).isInstanceOfSatisfying(CodeResult.Rejected.class, r -> {
                assertThat(r.kind()).isEqualTo(Kind.CCCD);
                assertThat(r.reason()).isEqualTo(Reason.MALFORMED);
                assertThat(r.detail()).endsWith("set the reader to USB-COM/serial mode");
            });
        }
    }

    @Test
    void without_a_suffix_the_pause_recorded_between_two_codes_separates_them() {
        Assembly a = assemble("no-suffix-two-codes.bin", SuffixKey.NONE);

        assertThat(a.texts()).containsExactly(EvdevFixtures.NO_SUFFIX_ONE, EvdevFixtures.NO_SUFFIX_TWO);
        assertThat(a.endings()).containsExactly(Ending.TIMEOUT, Ending.TIMEOUT);
    }

    @Test
    void the_stream_cut_off_mid_code_holds_one_whole_code_and_one_half() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(fixture("unplugged-mid-code.bin"));

        assertThat(a.texts()).containsExactly(EvdevFixtures.FIRST_CODE);
        assertThat(a.assembler.inProgress()).isTrue();
    }

    @Test
    void the_checked_in_streams_are_what_the_fixture_generator_writes() {
        for (Map.Entry<String, byte[]> file : EvdevFixtures.all().entrySet()) {
            assertThat(fixture(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
        }
    }
}
