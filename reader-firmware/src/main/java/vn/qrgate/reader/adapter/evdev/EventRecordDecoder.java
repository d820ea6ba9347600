package vn.qrgate.reader.adapter.evdev;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/**
 * Cuts the byte stream of an event device into {@code struct input_event} records and passes on the
 * EV_KEY ones. A record is {@code struct timeval} (two C longs: seconds, microseconds), then type
 * (u16), code (u16) and value (s32): 24 bytes for a 64-bit process, 16 for a 32-bit one (armhf
 * Raspberry Pi OS). A read may end inside a record; the rest of it is kept for the next read.
 * Little-endian, as on every board the reader runs on.
 */
final class EventRecordDecoder {

    static final int EV_SYN = 0;
    static final int EV_KEY = 1;
    static final int EV_MSC = 4;
    static final int EV_LED = 0x11;

    private final int longBytes;
    private final int recordBytes;
    private final byte[] partial;
    private int partialLength;

    /** @param longBytes the size of a C long in the reading process: 8 (64-bit) or 4 (32-bit) */
    EventRecordDecoder(int longBytes) {
        if (longBytes != 8 && longBytes != 4) {
            throw new IllegalArgumentException("a C long has 4 or 8 bytes, not " + longBytes);
        }
        this.longBytes = longBytes;
        this.recordBytes = 2 * longBytes + 8;
        this.partial = new byte[recordBytes];
    }

    int recordBytes() {
        return recordBytes;
    }

    void feed(byte[] bytes, int offset, int count, Consumer<KeyEvent> keys) {
        int at = offset;
        int end = offset + count;
        if (partialLength > 0) {
            int take = Math.min(recordBytes - partialLength, end - at);
            System.arraycopy(bytes, at, partial, partialLength, take);
            partialLength += take;
            at += take;
            if (partialLength < recordBytes) {
                return;
            }
            decode(partial, 0, keys);
            partialLength = 0;
        }
        for (; end - at >= recordBytes; at += recordBytes) {
            decode(bytes, at, keys);
        }
        partialLength = end - at;
        System.arraycopy(bytes, at, partial, 0, partialLength);
    }

    /** A new device, or the old one back: a torn record from before is worthless. */
    void reset() {
        partialLength = 0;
    }

    private void decode(byte[] bytes, int at, Consumer<KeyEvent> keys) {
        ByteBuffer record = ByteBuffer.wrap(bytes, at, recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        long seconds = longBytes == 8 ? record.getLong() : Integer.toUnsignedLong(record.getInt());
        long micros = longBytes == 8 ? record.getLong() : Integer.toUnsignedLong(record.getInt());
        int type = Short.toUnsignedInt(record.getShort());
        int code = Short.toUnsignedInt(record.getShort());
        int value = record.getInt();
        if (type == EV_KEY) {
            keys.accept(new KeyEvent(seconds * 1_000_000L + micros, code, value));
        }
    }
}
