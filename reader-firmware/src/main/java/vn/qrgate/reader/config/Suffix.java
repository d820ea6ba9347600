package vn.qrgate.reader.config;

/** The bytes a reader sends after each code; the serial input splits frames on them. */
public enum Suffix {
    CR(new byte[] {'\r'}),
    LF(new byte[] {'\n'}),
    CRLF(new byte[] {'\r', '\n'}),
    TAB(new byte[] {'\t'}),
    /** No terminator: frames are split by a pause in the data instead. */
    NONE(new byte[0]);

    private final byte[] bytes;

    Suffix(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy, so no caller can change what the next one sees. */
    public byte[] bytes() {
        return bytes.clone();
    }
}
