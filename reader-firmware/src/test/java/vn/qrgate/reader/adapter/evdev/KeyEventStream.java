package vn.qrgate.reader.adapter.evdev;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the bytes a USB keyboard's event device gives, as the kernel does for a HID boot keyboard:
 * each key change is an EV_MSC/MSC_SCAN with the HID usage, the EV_KEY, then EV_SYN/SYN_REPORT;
 * Caps Lock is echoed as an EV_LED. Shift is pressed around shifted characters the way readers do.
 * Time advances a few milliseconds per USB report, so gaps look like a real reader's.
 */
final class KeyEventStream {

    static final long START_SECONDS = 1_795_900_000L;
    static final Duration REPORT_INTERVAL = Duration.ofMillis(4);

    private static final int MSC_SCAN = 4;
    private static final int LED_CAPSL = 1;
    private static final Map<Character, int[]> US = new HashMap<>();

    static {
        // code, shift; written out independently of UsKeymap so the two check each other
        String[][] rows = {
                {"1234567890-=", "!@#$%^&*()_+"},
                {"qwertyuiop[]", "QWERTYUIOP{}"},
                {"asdfghjkl;'`", "ASDFGHJKL:\"~"},
                {"\\zxcvbnm,./", "|ZXCVBNM<>?"},
        };
        int[] firstCodes = {2, 16, 30, 43};
        for (int r = 0; r < rows.length; r++) {
            for (int i = 0; i < rows[r][0].length(); i++) {
                US.put(rows[r][0].charAt(i), new int[] {firstCodes[r] + i, 0});
                US.put(rows[r][1].charAt(i), new int[] {firstCodes[r] + i, 1});
            }
        }
        US.put(' ', new int[] {57, 0});
    }

    private final int longBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long micros;
    private boolean capsLock;

    KeyEventStream() {
        this(8);
    }

    KeyEventStream(int longBytes) {
        this.longBytes = longBytes;
        this.micros = START_SECONDS * 1_000_000L + 123_456;
    }

    /** Types printable ASCII as a US-layout reader would, taking Caps Lock into account. */
    KeyEventStream type(String text) {
        for (char c : text.toCharArray()) {
            int[] key = US.get(c);
            if (key == null) {
                throw new IllegalArgumentException("a US keyboard has no key for U+" + Integer.toHexString(c));
            }
            boolean letter = Character.isLetter(c);
            boolean shift = letter ? (key[1] == 1) != capsLock : key[1] == 1;
            if (shift) {
                press(UsKeymap.KEY_LEFTSHIFT);
            }
            tap(key[0]);
            if (shift) {
                release(UsKeymap.KEY_LEFTSHIFT);
            }
        }
        return this;
    }

    KeyEventStream enter() {
        return tap(UsKeymap.KEY_ENTER);
    }

    KeyEventStream capsLock() {
        tap(UsKeymap.KEY_CAPSLOCK);
        capsLock = !capsLock;
        // the kernel's keyboard handler switches the LED, and the change shows up in the stream
        record(EventRecordDecoder.EV_LED, LED_CAPSL, capsLock ? 1 : 0);
        record(EventRecordDecoder.EV_SYN, 0, 0);
        return this;
    }

    /** A Windows Alt code: Left Alt held while the value's digits are typed on the keypad. */
    KeyEventStream altNumpad(int value) {
        press(UsKeymap.KEY_LEFTALT);
        for (char digit : Integer.toString(value).toCharArray()) {
            tap(keypadCode(digit - '0'));
        }
        return release(UsKeymap.KEY_LEFTALT);
    }

    /** A key held long enough for the kernel to repeat it: press, repeats every 33 ms, release. */
    KeyEventStream hold(int code, int repeats) {
        press(code);
        advance(Duration.ofMillis(250));
        for (int i = 0; i < repeats; i++) {
            advance(Duration.ofMillis(33));
            key(code, KeyEvent.AUTOREPEAT);
        }
        return release(code);
    }

    KeyEventStream tap(int code) {
        press(code);
        return release(code);
    }

    KeyEventStream press(int code) {
        return key(code, KeyEvent.PRESS);
    }

    KeyEventStream release(int code) {
        return key(code, KeyEvent.RELEASE);
    }

    KeyEventStream pause(Duration gap) {
        return advance(gap);
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    static int keypadCode(int digit) {
        int[] codes = {82, 79, 80, 81, 75, 76, 77, 71, 72, 73};
        return codes[digit];
    }

    private KeyEventStream key(int code, int value) {
        advance(REPORT_INTERVAL);
        record(EventRecordDecoder.EV_MSC, MSC_SCAN, hidUsage(code));
        record(EventRecordDecoder.EV_KEY, code, value);
        record(EventRecordDecoder.EV_SYN, 0, 0);
        return this;
    }

    private KeyEventStream advance(Duration gap) {
        micros += gap.toNanos() / 1000;
        return this;
    }

    private void record(int type, int code, int value) {
        ByteBuffer b = ByteBuffer.allocate(2 * longBytes + 8).order(ByteOrder.LITTLE_ENDIAN);
        if (longBytes == 8) {
            b.putLong(micros / 1_000_000L).putLong(micros % 1_000_000L);
        } else {
            b.putInt((int) (micros / 1_000_000L)).putInt((int) (micros % 1_000_000L));
        }
        b.putShort((short) type).putShort((short) code).putInt(value);
        out.writeBytes(b.array());
    }

    /** The HID usage (page 7) the kernel reports in MSC_SCAN; approximate for keys a test rarely uses. */
    private static int hidUsage(int code) {
        String letters = "qwertyuiopasdfghjklzxcvbnm";
        int[] letterCodes = {16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 30, 31, 32, 33, 34, 35, 36, 37, 38, 44, 45, 46, 47, 48, 49, 50};
        for (int i = 0; i < letterCodes.length; i++) {
            if (letterCodes[i] == code) {
                return 0x70000 + 4 + letters.charAt(i) - 'a';
            }
        }
        if (code >= 2 && code <= 11) {
            return 0x70000 + 0x1e + code - 2;
        }
        switch (code) {
            case 28: return 0x70028;
            case 15: return 0x7002b;
            case 57: return 0x7002c;
            case 58: return 0x70039;
            case 42: return 0x700e1;
            case 54: return 0x700e5;
            case 56: return 0x700e2;
            case 29: return 0x700e0;
            default: return 0x70000 + code;
        }
    }
}
