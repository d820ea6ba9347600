package vn.qrgate.reader.adapter.evdev;

/**
 * The US keyboard layout in Linux key codes ({@code linux/input-event-codes.h}), as a wedge reader
 * in its default "USA" keyboard mode types it. Keypad keys give their digit or operator whatever the
 * Num Lock state: a reader that uses the keypad means the digit, and its Num Lock is not ours to see.
 */
final class UsKeymap {

    static final int KEY_ESC = 1;
    static final int KEY_1 = 2;
    static final int KEY_BACKSPACE = 14;
    static final int KEY_TAB = 15;
    static final int KEY_Q = 16;
    static final int KEY_ENTER = 28;
    static final int KEY_LEFTCTRL = 29;
    static final int KEY_A = 30;
    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_Z = 44;
    static final int KEY_SLASH = 53;
    static final int KEY_RIGHTSHIFT = 54;
    static final int KEY_KPASTERISK = 55;
    static final int KEY_LEFTALT = 56;
    static final int KEY_SPACE = 57;
    static final int KEY_CAPSLOCK = 58;
    static final int KEY_KP7 = 71;
    static final int KEY_KPMINUS = 74;
    static final int KEY_KPPLUS = 78;
    static final int KEY_KP0 = 82;
    static final int KEY_KPDOT = 83;
    static final int KEY_102ND = 86;
    static final int KEY_KPENTER = 96;
    static final int KEY_RIGHTCTRL = 97;
    static final int KEY_KPSLASH = 98;
    static final int KEY_RIGHTALT = 100;
    static final int KEY_YEN = 124;

    /** Codes at or above this are buttons (mouse, joystick), never typing. */
    private static final int FIRST_BUTTON = 0x100;

    /** What a key does for code assembly. */
    enum Role { CHARACTER, KEYPAD, ENTER, TAB, SHIFT, CTRL, ALT, CAPS_LOCK, NO_CHARACTER, UNTYPABLE }

    private static final char[] PLAIN = new char[FIRST_BUTTON];
    private static final char[] SHIFTED = new char[FIRST_BUTTON];
    private static final char[] KEYPAD = new char[FIRST_BUTTON];
    private static final Role[] ROLES = new Role[FIRST_BUTTON];

    static {
        row(KEY_1, "1234567890-=", "!@#$%^&*()_+");
        row(KEY_Q, "qwertyuiop[]", "QWERTYUIOP{}");
        row(KEY_A, "asdfghjkl;'`", "ASDFGHJKL:\"~");
        row(43, "\\zxcvbnm,./", "|ZXCVBNM<>?");
        row(KEY_SPACE, " ", " ");
        keypad(KEY_KP7, "789-456+1230.");
        keypad(KEY_KPASTERISK, "*");
        keypad(KEY_KPSLASH, "/");
        keypad(117, "=");
        keypad(179, "()");
        ROLES[KEY_ENTER] = Role.ENTER;
        ROLES[KEY_KPENTER] = Role.ENTER;
        ROLES[KEY_TAB] = Role.TAB;
        ROLES[KEY_LEFTSHIFT] = Role.SHIFT;
        ROLES[KEY_RIGHTSHIFT] = Role.SHIFT;
        ROLES[KEY_LEFTCTRL] = Role.CTRL;
        ROLES[KEY_RIGHTCTRL] = Role.CTRL;
        ROLES[KEY_LEFTALT] = Role.ALT;
        ROLES[KEY_RIGHTALT] = Role.ALT;
        ROLES[KEY_CAPSLOCK] = Role.CAPS_LOCK;
        // Keys that type nothing: Esc, Backspace, F1-F24, Num/Scroll Lock, SysRq, the Japanese and
        // Korean input-method switches, navigation, media and application keys, Pause, Meta, Compose.
        // The rest below the buttons would type a character on some layout (the ISO key 86, Ro 89,
        // keypad commas 95 and 121, plus-minus 118, Yen 124, KEY_UNKNOWN 240): the US map has none.
        noCharacter(KEY_ESC, KEY_ESC);
        noCharacter(KEY_BACKSPACE, KEY_BACKSPACE);
        noCharacter(59, 70);
        noCharacter(85, 85);
        noCharacter(87, 88);
        noCharacter(90, 94);
        noCharacter(99, 116);
        noCharacter(119, 120);
        noCharacter(122, 123);
        noCharacter(125, 239);
        noCharacter(241, 255);
        for (int code = 0; code < FIRST_BUTTON; code++) {
            if (ROLES[code] == null) {
                ROLES[code] = Role.UNTYPABLE;
            }
        }
        ROLES[0] = Role.NO_CHARACTER;
    }

    private UsKeymap() {
    }

    static Role role(int code) {
        if (code < 0 || code >= FIRST_BUTTON) {
            return Role.NO_CHARACTER;
        }
        return ROLES[code];
    }

    /** The character of a {@link Role#CHARACTER} key. Caps Lock changes letters only; with Shift it undoes it. */
    static char character(int code, boolean shift, boolean capsLock) {
        char plain = PLAIN[code];
        boolean letter = plain >= 'a' && plain <= 'z';
        boolean upper = letter ? shift != capsLock : shift;
        return upper ? SHIFTED[code] : plain;
    }

    /** The character of a {@link Role#KEYPAD} key. */
    static char keypadCharacter(int code) {
        return KEYPAD[code];
    }

    /** The digit of a keypad digit key, or -1 for the keypad's operators and dot. */
    static int keypadDigit(int code) {
        char c = KEYPAD[code];
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    private static void row(int firstCode, String plain, String shifted) {
        for (int i = 0; i < plain.length(); i++) {
            PLAIN[firstCode + i] = plain.charAt(i);
            SHIFTED[firstCode + i] = shifted.charAt(i);
            ROLES[firstCode + i] = Role.CHARACTER;
        }
    }

    private static void keypad(int firstCode, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            KEYPAD[firstCode + i] = characters.charAt(i);
            ROLES[firstCode + i] = Role.KEYPAD;
        }
    }

    private static void noCharacter(int from, int to) {
        for (int code = from; code <= to; code++) {
            if (ROLES[code] == null) {
                ROLES[code] = Role.NO_CHARACTER;
            }
        }
    }
}
