package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.qrgate.reader.adapter.evdev.UsKeymap.Role;

class UsKeymapTest {

    @Test
    void letters_are_lower_case_and_shift_makes_them_upper_case() {
        assertThat(UsKeymap.character(30, false, false)).isEqualTo('a');
        assertThat(UsKeymap.character(30, true, false)).isEqualTo('A');
        assertThat(UsKeymap.character(UsKeymap.KEY_Q, false, false)).isEqualTo('q');
        assertThat(UsKeymap.character(UsKeymap.KEY_Z, true, false)).isEqualTo('Z');
        assertThat(UsKeymap.character(50, false, false)).isEqualTo('m');
    }

    @Test
    void shift_and_caps_lock_cancel_for_letters() {
        assertThat(UsKeymap.character(30, false, true)).isEqualTo('A');
        assertThat(UsKeymap.character(30, true, true)).isEqualTo('a');
    }

    @Test
    void caps_lock_leaves_digits_and_punctuation_alone() {
        assertThat(UsKeymap.character(UsKeymap.KEY_1, false, true)).isEqualTo('1');
        assertThat(UsKeymap.character(3, true, true)).isEqualTo('@');
        assertThat(UsKeymap.character(UsKeymap.KEY_SLASH, false, true)).isEqualTo('/');
        assertThat(UsKeymap.character(UsKeymap.KEY_SLASH, true, true)).isEqualTo('?');
    }

    @Test
    void the_punctuation_keys_give_their_us_characters_plain_and_shifted() {
        int[] codes = {12, 13, 26, 27, 43, 39, 40, 41, 51, 52, 53, 57};
        String plain = "-=[]\\;'`,./ ";
        String shifted = "_+{}|:\"~<>? ";
        for (int i = 0; i < codes.length; i++) {
            assertThat(UsKeymap.role(codes[i])).as("key %d", codes[i]).isEqualTo(Role.CHARACTER);
            assertThat(UsKeymap.character(codes[i], false, false)).as("key %d", codes[i]).isEqualTo(plain.charAt(i));
            assertThat(UsKeymap.character(codes[i], true, false)).as("shifted key %d", codes[i]).isEqualTo(shifted.charAt(i));
        }
    }

    @Test
    void the_digit_row_runs_from_1_to_0_with_its_shifted_symbols() {
        StringBuilder plain = new StringBuilder();
        StringBuilder shifted = new StringBuilder();
        for (int code = 2; code <= 11; code++) {
            plain.append(UsKeymap.character(code, false, false));
            shifted.append(UsKeymap.character(code, true, false));
        }
        assertThat(plain).hasToString("1234567890");
        assertThat(shifted).hasToString("!@#$%^&*()");
    }

    @Test
    void keypad_keys_give_digits_and_operators() {
        int[] codes = {82, 79, 80, 81, 75, 76, 77, 71, 72, 73, 83, 98, 55, 74, 78};
        String expected = "0123456789./*-+";
        for (int i = 0; i < codes.length; i++) {
            assertThat(UsKeymap.role(codes[i])).isEqualTo(Role.KEYPAD);
            assertThat(UsKeymap.keypadCharacter(codes[i])).as("keypad key %d", codes[i]).isEqualTo(expected.charAt(i));
        }
        assertThat(UsKeymap.keypadDigit(76)).isEqualTo(5);
        assertThat(UsKeymap.keypadDigit(UsKeymap.KEY_KPDOT)).isEqualTo(-1);
    }

    @Test
    void both_enter_keys_end_a_line() {
        assertThat(UsKeymap.role(UsKeymap.KEY_ENTER)).isEqualTo(Role.ENTER);
        assertThat(UsKeymap.role(UsKeymap.KEY_KPENTER)).isEqualTo(Role.ENTER);
        assertThat(UsKeymap.role(UsKeymap.KEY_TAB)).isEqualTo(Role.TAB);
    }

    @Test
    void modifiers_and_locks_have_their_roles() {
        assertThat(UsKeymap.role(UsKeymap.KEY_LEFTSHIFT)).isEqualTo(Role.SHIFT);
        assertThat(UsKeymap.role(UsKeymap.KEY_RIGHTSHIFT)).isEqualTo(Role.SHIFT);
        assertThat(UsKeymap.role(UsKeymap.KEY_LEFTALT)).isEqualTo(Role.ALT);
        assertThat(UsKeymap.role(UsKeymap.KEY_RIGHTALT)).isEqualTo(Role.ALT);
        assertThat(UsKeymap.role(UsKeymap.KEY_LEFTCTRL)).isEqualTo(Role.CTRL);
        assertThat(UsKeymap.role(UsKeymap.KEY_CAPSLOCK)).isEqualTo(Role.CAPS_LOCK);
    }

    @Test
    void keys_that_type_nothing_are_told_apart_from_keys_the_us_map_cannot_type() {
        // Esc, Backspace, F1, Num Lock, Up, Delete, Mute, Left Meta, F13, a volume key
        for (int code : new int[] {1, 14, 59, 69, 103, 111, 113, 125, 183, 0x100, 0x2ff}) {
            assertThat(UsKeymap.role(code)).as("key %d", code).isEqualTo(Role.NO_CHARACTER);
        }
        // the ISO key, Ro, keypad JP comma, plus-minus, keypad comma, Yen, KEY_UNKNOWN
        for (int code : new int[] {86, 89, 95, 118, 121, 124, 240}) {
            assertThat(UsKeymap.role(code)).as("key %d", code).isEqualTo(Role.UNTYPABLE);
        }
    }
}
