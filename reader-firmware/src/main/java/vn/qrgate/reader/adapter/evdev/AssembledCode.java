package vn.qrgate.reader.adapter.evdev;

import java.util.Objects;

/** A code as typed, in ASCII bytes, and what ended it. */
record AssembledCode(byte[] bytes, Ending ending) {

    enum Ending {
        /** The configured suffix key, or Enter. */
        SUFFIX,
        /** No key within the inter-key timeout. */
        TIMEOUT,
        /** The code reached the byte cap; the rest of it is skipped. */
        CAP
    }

    AssembledCode {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(ending, "ending");
    }

    /** The bytes may be a person's ID card: never print them. */
    @Override
    public String toString() {
        return "AssembledCode[" + bytes.length + " bytes, ended by " + ending + "]";
    }
}
