package vn.qrgate.protocol.code;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * What every scanned code goes through before it is classified: one trailing CR/LF (or CRLF)
 * removed, a size cap, strict UTF-8, and NFC so that "ữ" typed as u + hook + tilde equals "ữ".
 */
public final class InputHygiene {

    /** Larger than any code we know by a wide margin; bigger input is noise or an attack. */
    public static final int MAX_BYTES = 2048;

    private static final ThreadLocal<CharsetDecoder> UTF8 = ThreadLocal.withInitial(() ->
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));

    private InputHygiene() {
    }

    /** The cleaned text of a scan, or why it was refused before classification. */
    public sealed interface Outcome permits Clean, Refused {
    }

    public record Clean(String text) implements Outcome {
    }

    public record Refused(CodeResult.Rejected rejection) implements Outcome {
    }

    public static Outcome clean(byte[] raw) {
        int length = raw.length;
        if (length > 0 && raw[length - 1] == '\n') {
            length--;
            if (length > 0 && raw[length - 1] == '\r') {
                length--;
            }
        } else if (length > 0 && raw[length - 1] == '\r') {
            length--;
        }
        if (length > MAX_BYTES) {
            return refused(Reason.TOO_LONG, "the code is " + length + " bytes; at most " + MAX_BYTES + " are read");
        }
        if (length == 0) {
            return refused(Reason.MALFORMED, "the code is empty");
        }
        String text;
        if (isAscii(raw, length)) {
            text = new String(raw, 0, length, StandardCharsets.ISO_8859_1);
        } else {
            try {
                CharsetDecoder decoder = UTF8.get();
                decoder.reset();
                CharBuffer chars = decoder.decode(ByteBuffer.wrap(raw, 0, length));
                text = chars.toString();
            } catch (CharacterCodingException e) {
                return refused(Reason.NOT_UTF8, "the bytes are not valid UTF-8: the reader may be set to another "
                        + "code page; set it to UTF-8 (USB-COM/serial mode)");
            }
            if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
                text = Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return new Clean(text);
    }

    /** For text that arrived as a Java string (tests, tools): the same rules, applied to its UTF-8. */
    public static Outcome clean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))
                    && !(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(++i)))) {
                return refused(Reason.NOT_UTF8, "the text holds an unpaired surrogate and cannot be UTF-8");
            }
        }
        return clean(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(byte[] raw, int length) {
        for (int i = 0; i < length; i++) {
            if (raw[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static Refused refused(Reason reason, String detail) {
        return new Refused(CodeResult.rejected(Kind.UNKNOWN, reason, detail));
    }
}
