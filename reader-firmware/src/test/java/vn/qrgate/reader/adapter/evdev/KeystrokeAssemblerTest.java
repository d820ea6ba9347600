package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.evdev.AssembledCode.Ending;

class KeystrokeAssemblerTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);

    @Test
    void enter_ends_a_code_and_shift_gives_upper_case_and_symbols() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream().type("QG1:Ab_c-9").enter().bytes());

        assertThat(a.texts()).containsExactly("QG1:Ab_c-9");
        assertThat(a.endings()).containsExactly(Ending.SUFFIX);
    }

    @Test
    void the_right_shift_key_shifts_as_well() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .press(UsKeymap.KEY_RIGHTSHIFT).tap(30).tap(3).release(UsKeymap.KEY_RIGHTSHIFT).tap(30).enter().bytes());

        assertThat(a.texts()).containsExactly("A@a");
    }

    @Test
    void shift_and_caps_lock_cancel_for_letters() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .capsLock().tap(30)
                .press(UsKeymap.KEY_LEFTSHIFT).tap(30).tap(2).release(UsKeymap.KEY_LEFTSHIFT)
                .tap(2).capsLock().tap(30).enter().bytes());

        assertThat(a.texts()).containsExactly("Aa!1a");
    }

    @Test
    void caps_lock_stays_on_from_one_code_to_the_next() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .capsLock().type("AB").enter().tap(46).enter().bytes());

        assertThat(a.texts()).containsExactly("AB", "C");
    }

    @Test
    void the_keypad_enter_ends_a_code_too() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream().type("12").tap(UsKeymap.KEY_KPENTER).bytes());

        assertThat(a.texts()).containsExactly("12");
    }

    @Test
    void keypad_digits_and_operators_type_their_characters() {
        KeyEventStream s = new KeyEventStream();
        for (int digit = 0; digit <= 9; digit++) {
            s.tap(KeyEventStream.keypadCode(digit));
        }
        s.tap(UsKeymap.KEY_KPDOT).tap(UsKeymap.KEY_KPSLASH).tap(UsKeymap.KEY_KPASTERISK)
                .tap(UsKeymap.KEY_KPMINUS).tap(UsKeymap.KEY_KPPLUS).enter();

        assertThat(new Assembly(SuffixKey.ENTER).feed(s.bytes()).texts()).containsExactly("0123456789./*-+");
    }

    @Test
    void autorepeat_of_a_held_key_types_nothing_more() {
        // the kernel repeats after 250 ms: longer than the default timeout, which readers never reach
        Assembly a = new Assembly(SuffixKey.ENTER, Duration.ofSeconds(1), 4096, 8).feed(new KeyEventStream()
                .type("x").hold(31, 5).type("y").enter().bytes());

        assertThat(a.texts()).containsExactly("xsy");
    }

    @Test
    void with_suffix_tab_the_tab_key_ends_a_code_and_enter_still_does() {
        Assembly a = new Assembly(SuffixKey.TAB).feed(new KeyEventStream()
                .type("one").tap(UsKeymap.KEY_TAB).type("two").enter().bytes());

        assertThat(a.texts()).containsExactly("one", "two");
        assertThat(a.endings()).containsExactly(Ending.SUFFIX, Ending.SUFFIX);
    }

    @Test
    void with_suffix_enter_a_tab_is_part_of_the_code_for_validation_to_judge() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .type("a").tap(UsKeymap.KEY_TAB).type("b").enter().bytes());

        assertThat(a.texts()).containsExactly("a\tb");
    }

    @Test
    void an_enter_with_nothing_before_it_delivers_nothing() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream().enter().enter().bytes());

        assertThat(a.codes).isEmpty();
    }

    @Test
    void a_pause_longer_than_the_timeout_between_event_timestamps_ends_the_code() {
        Assembly a = new Assembly(SuffixKey.NONE).feed(new KeyEventStream()
                .type("first").pause(Duration.ofMillis(300)).type("second").bytes());

        assertThat(a.texts()).containsExactly("first");
        assertThat(a.endings()).containsExactly(Ending.TIMEOUT);
        assertThat(a.assembler.inProgress()).isTrue();

        a.assembler.expire();
        assertThat(a.texts()).containsExactly("first", "second");
    }

    @Test
    void a_pause_shorter_than_the_timeout_keeps_the_code_together() {
        Assembly a = new Assembly(SuffixKey.NONE).feed(new KeyEventStream()
                .type("fir").pause(Duration.ofMillis(150)).type("st").bytes());
        a.assembler.expire();

        assertThat(a.texts()).containsExactly("first");
    }

    @Test
    void a_code_that_lost_its_enter_is_still_delivered_when_the_keys_stop() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .type("lost").pause(Duration.ofSeconds(2)).type("next").enter().bytes());

        assertThat(a.texts()).containsExactly("lost", "next");
        assertThat(a.endings()).containsExactly(Ending.TIMEOUT, Ending.SUFFIX);
    }

    @Test
    void expire_with_no_code_in_progress_delivers_nothing() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream().type("a").enter().bytes());
        a.assembler.expire();

        assertThat(a.texts()).containsExactly("a");
    }

    @Test
    void discard_drops_a_half_typed_code_and_releases_every_key() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .capsLock().type("HALF").press(UsKeymap.KEY_LEFTSHIFT).bytes());

        a.assembler.discard();
        a.assembler.expire();
        a.feed(new KeyEventStream().type("whole").enter().bytes());

        assertThat(a.texts()).containsExactly("whole");
    }

    @Test
    void alt_with_keypad_digits_types_a_question_mark_for_a_vietnamese_letter() {
        // ầ is U+1EA7 = 7847, ữ is U+1EEF = 7919: the readers' Alt+keypad way of typing them
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .type("Tr").altNumpad(7847).type("n N").altNumpad(7919).enter().bytes());

        assertThat(a.texts()).containsExactly("Tr?n N?");
    }

    @Test
    void alt_with_keypad_digits_of_a_printable_ascii_character_types_that_character() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .altNumpad(65).altNumpad(124).altNumpad(7).enter().bytes());

        assertThat(a.texts()).containsExactly("A|?");
    }

    @Test
    void keys_outside_the_us_map_type_a_question_mark_and_keys_without_characters_type_nothing() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .type("a").tap(UsKeymap.KEY_102ND).tap(240).tap(59).tap(103).type("b").tap(UsKeymap.KEY_YEN).enter().bytes());

        assertThat(a.texts()).containsExactly("a??b?");
    }

    @Test
    void a_character_key_pressed_with_ctrl_or_alt_held_types_a_question_mark() {
        Assembly a = new Assembly(SuffixKey.ENTER).feed(new KeyEventStream()
                .press(UsKeymap.KEY_LEFTCTRL).tap(30).release(UsKeymap.KEY_LEFTCTRL)
                .press(UsKeymap.KEY_RIGHTALT).tap(30).release(UsKeymap.KEY_RIGHTALT).tap(30).enter().bytes());

        assertThat(a.texts()).containsExactly("??a");
    }

    @Test
    void a_code_over_the_cap_is_passed_on_as_cap_plus_one_bytes_and_the_rest_is_skipped() {
        Assembly a = new Assembly(SuffixKey.ENTER, TIMEOUT, 16, 8).feed(new KeyEventStream()
                .type("x".repeat(40)).enter().type("short").enter().bytes());

        assertThat(a.texts()).containsExactly("x".repeat(17), "short");
        assertThat(a.endings()).containsExactly(Ending.CAP, Ending.SUFFIX);
    }

    @Test
    void an_assembled_code_does_not_print_its_bytes() {
        assertThat(new AssembledCode("058190001234".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Ending.SUFFIX))
                .hasToString("AssembledCode[12 bytes, ended by SUFFIX]");
    }
}
