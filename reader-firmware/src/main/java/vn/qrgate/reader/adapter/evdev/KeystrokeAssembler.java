package vn.qrgate.reader.adapter.evdev;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns key events into codes, as a US keyboard would type them. A code ends at Enter (main or
 * keypad, whatever the suffix: a line break is never part of a code), at Tab when Tab is the suffix,
 * or when no key follows within the inter-key timeout. A code that times out is delivered even when
 * a suffix key is configured: the reader lost its Enter, and the visitor should still get an answer.
 *
 * <p>A wedge cannot type Vietnamese letters. Whatever stands for one becomes '?', so that the CCCD
 * check says "set the reader to USB-COM/serial mode": an Alt+keypad code (Windows Alt codes; only
 * printable ASCII values are taken at face value), a key the US map has no character for, and a
 * character key pressed with Ctrl or Alt held.
 *
 * <p>Gaps are measured on the kernel's event timestamps, not on when this thread got to read them,
 * so a pause of the JVM never splits a code; {@link #expire()} covers the case where no further key
 * comes at all. Not thread-safe: the reader thread owns it.
 */
final class KeystrokeAssembler {

    private static final char UNTYPABLE = '?';
    // More digits than any Alt code has; keeps the value from overflowing on a stuck key
    private static final int MAX_ALT_DIGITS = 7;

    private final SuffixKey suffix;
    private final long timeoutMicros;
    private final int maxCodeBytes;
    private final Consumer<AssembledCode> out;

    private final byte[] code;
    private int length;
    private boolean skippingRest;
    private boolean leftShift;
    private boolean rightShift;
    private boolean leftCtrl;
    private boolean rightCtrl;
    private boolean leftAlt;
    private boolean rightAlt;
    private boolean capsLock;
    private int altDigits;
    private int altValue;
    private boolean seenKey;
    private long lastKeyMicros;

    KeystrokeAssembler(SuffixKey suffix, Duration interKeyTimeout, int maxCodeBytes, Consumer<AssembledCode> out) {
        this.suffix = Objects.requireNonNull(suffix, "suffix");
        this.timeoutMicros = interKeyTimeout.toNanos() / 1000;
        if (timeoutMicros <= 0) {
            throw new IllegalArgumentException("interKeyTimeout must be positive, was " + interKeyTimeout);
        }
        if (maxCodeBytes < 1) {
            throw new IllegalArgumentException("maxCodeBytes = " + maxCodeBytes + ": must be at least 1");
        }
        this.maxCodeBytes = maxCodeBytes;
        this.out = Objects.requireNonNull(out, "out");
        // one spare: cap+1 bytes are what tells validation the code is too long
        this.code = new byte[maxCodeBytes + 1];
    }

    static KeystrokeAssembler of(WedgeSettings settings, Consumer<AssembledCode> out) {
        return new KeystrokeAssembler(settings.suffix(), settings.interKeyTimeout(), settings.maxCodeBytes(), out);
    }

    void accept(KeyEvent event) {
        if (event.value() == KeyEvent.AUTOREPEAT) {
            // a held key: readers never mean it, and a stuck key must not fill a code
            return;
        }
        if (seenKey && inProgress() && event.timeMicros() - lastKeyMicros > timeoutMicros) {
            finish(AssembledCode.Ending.TIMEOUT);
        }
        seenKey = true;
        lastKeyMicros = event.timeMicros();
        boolean down = event.value() == KeyEvent.PRESS;
        int key = event.code();
        switch (UsKeymap.role(key)) {
            case SHIFT -> {
                if (key == UsKeymap.KEY_LEFTSHIFT) {
                    leftShift = down;
                } else {
                    rightShift = down;
                }
            }
            case CTRL -> {
                if (key == UsKeymap.KEY_LEFTCTRL) {
                    leftCtrl = down;
                } else {
                    rightCtrl = down;
                }
            }
            case ALT -> alt(key, down);
            case CAPS_LOCK -> capsLock ^= down;
            case ENTER -> whenDown(down, () -> finish(AssembledCode.Ending.SUFFIX));
            case TAB -> whenDown(down, this::tab);
            case KEYPAD -> whenDown(down, () -> keypad(key));
            case CHARACTER -> whenDown(down, () -> append(modified() ? UNTYPABLE
                    : UsKeymap.character(key, leftShift || rightShift, capsLock)));
            case UNTYPABLE -> whenDown(down, () -> append(UNTYPABLE));
            case NO_CHARACTER -> { }
            default -> throw new IllegalStateException("unhandled key role " + UsKeymap.role(key));
        }
    }

    /** A code is half typed: the reader thread should call {@link #expire()} if no key follows in time. */
    boolean inProgress() {
        return length > 0 || skippingRest || altDigits > 0;
    }

    /** No key came within the timeout: the code in progress, if any, is complete. */
    void expire() {
        if (inProgress()) {
            finish(AssembledCode.Ending.TIMEOUT);
        }
    }

    /** The device went away: a half-typed code is dropped, never delivered, and every key is up again. */
    void discard() {
        Arrays.fill(code, 0, length, (byte) 0);
        length = 0;
        skippingRest = false;
        altDigits = 0;
        altValue = 0;
        leftShift = rightShift = leftCtrl = rightCtrl = leftAlt = rightAlt = false;
        // a replugged reader starts with Caps Lock off, as the kernel gives a new device its LEDs off
        capsLock = false;
        seenKey = false;
    }

    private static void whenDown(boolean down, Runnable action) {
        if (down) {
            action.run();
        }
    }

    private void alt(int key, boolean down) {
        if (key == UsKeymap.KEY_LEFTALT) {
            leftAlt = down;
        } else {
            rightAlt = down;
        }
        if (!leftAlt && !rightAlt && altDigits > 0) {
            appendAltCode();
        }
    }

    private void tab() {
        if (suffix == SuffixKey.TAB) {
            finish(AssembledCode.Ending.SUFFIX);
        } else {
            append('\t');
        }
    }

    private void keypad(int key) {
        int digit = UsKeymap.keypadDigit(key);
        if ((leftAlt || rightAlt) && digit >= 0) {
            if (altDigits < MAX_ALT_DIGITS) {
                altValue = altValue * 10 + digit;
            }
            altDigits++;
        } else {
            append(modified() ? UNTYPABLE : UsKeymap.keypadCharacter(key));
        }
    }

    private boolean modified() {
        return leftCtrl || rightCtrl || leftAlt || rightAlt;
    }

    private void appendAltCode() {
        boolean printableAscii = altDigits <= MAX_ALT_DIGITS && altValue >= 0x20 && altValue < 0x7f;
        altDigits = 0;
        int value = altValue;
        altValue = 0;
        append(printableAscii ? (char) value : UNTYPABLE);
    }

    private void append(char c) {
        if (skippingRest) {
            return;
        }
        code[length++] = (byte) c;
        if (length > maxCodeBytes) {
            emit(AssembledCode.Ending.CAP);
            skippingRest = true;
        }
    }

    private void finish(AssembledCode.Ending ending) {
        if (altDigits > 0) {
            // Alt still held when the code ended: the character it was typing is lost, but it was one
            appendAltCode();
        }
        if (skippingRest) {
            skippingRest = false;
            return;
        }
        if (length > 0) {
            emit(ending);
        }
    }

    private void emit(AssembledCode.Ending ending) {
        byte[] bytes = Arrays.copyOf(code, length);
        Arrays.fill(code, 0, length, (byte) 0);
        length = 0;
        out.accept(new AssembledCode(bytes, ending));
    }
}
