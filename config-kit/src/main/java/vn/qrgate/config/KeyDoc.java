package vn.qrgate.config;

import java.util.Objects;

/** One config key in the generated reference: what it does and which values it takes. */
public record KeyDoc(String what, String allowed) {

    public KeyDoc {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(allowed, "allowed");
    }
}
