package vn.qrgate.registry.domain.people;

/** What a presented login code turned out to be. */
public sealed interface CodeCheck permits CodeCheck.Accepted, CodeCheck.Wrong, CodeCheck.Expired, CodeCheck.NoCode,
        CodeCheck.TooManyTries {

    /** The right code, in time: it is used up now. */
    record Accepted() implements CodeCheck {
    }

    /** Not the code; {@code triesLeft} more wrong tries and the code is void. */
    record Wrong(int triesLeft) implements CodeCheck {
    }

    record Expired() implements CodeCheck {
    }

    /** No code was sent to this phone lately, or it was used. */
    record NoCode() implements CodeCheck {
    }

    /** The code took its limit of wrong tries and is void; only a new code helps. */
    record TooManyTries() implements CodeCheck {
    }
}
