package vn.qrgate.gateway.port;

import java.util.Objects;
import java.util.Optional;

/**
 * The registry's trust list (a JWK Set) and revocation list, fetched with the gateway's token and an
 * {@code If-None-Match} so an unchanged list costs a 304. Never throws: every outcome is a {@link Fetch}.
 */
public interface TrustDocuments {

    /** The two lists the devices take from the registry. */
    enum Document {
        TRUST("trust list"), REVOCATIONS("revocation list");

        private final String shown;

        Document(String shown) {
            this.shown = shown;
        }

        /** For log lines. */
        public String shown() {
            return shown;
        }
    }

    Fetch fetch(Document document, Optional<String> etag);

    /** What the registry answered. */
    sealed interface Fetch {
    }

    /** 200: the list as it is now, and its ETag if the registry sent one. */
    record Body(byte[] bytes, Optional<String> etag) implements Fetch {
        public Body {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(etag, "etag");
        }
    }

    /** 304: the list has the ETag given. */
    record NotModified() implements Fetch {
    }

    /**
     * No list: {@code state} is short and stable (e.g. {@code "answered 503"}) so a poller can report each
     * change of state once; {@code detail} says more. Neither holds the token.
     */
    record Failed(String state, String detail) implements Fetch {
        public Failed {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
