package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The bytes a serial scanner would have sent for a decoded code. A CCCD's QR is one byte-mode segment
 * of UTF-8; passing those bytes on unchanged lets input hygiene judge them exactly as it judges a serial
 * reader's, including NOT_UTF8 for a code whose bytes are not UTF-8 (ZXing's text would have hidden that
 * behind replacement characters).
 */
final class CodeBytes {

    /** UTF-8 first; the others are the ECIs QR codes in the wild use. */
    private static final List<Charset> SEGMENT_CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1,
            Charset.forName("windows-1252"), Charset.forName("Shift_JIS"), StandardCharsets.UTF_16BE);

    private CodeBytes() {
    }

    /**
     * The byte segments joined when the code was all byte mode, otherwise the text in UTF-8. ZXing does
     * not report segment modes, so "all byte mode" is recognised by the text being exactly the byte
     * segments read in one charset: UTF-8 (asked of ZXing for codes without an ECI) or one an ECI may
     * have named. A numeric or alphanumeric segment adds text that no byte segment holds, so a mixed
     * code never matches and arrives as its text.
     */
    static byte[] of(Result result) {
        List<byte[]> segments = byteSegments(result);
        String text = result.getText();
        if (!segments.isEmpty()) {
            for (Charset charset : SEGMENT_CHARSETS) {
                if (readAs(segments, charset).equals(text)) {
                    return joined(segments);
                }
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String readAs(List<byte[]> segments, Charset charset) {
        StringBuilder text = new StringBuilder();
        for (byte[] segment : segments) {
            text.append(new String(segment, charset));
        }
        return text.toString();
    }

    private static byte[] joined(List<byte[]> segments) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        segments.forEach(joined::writeBytes);
        return joined.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static List<byte[]> byteSegments(Result result) {
        Map<ResultMetadataType, Object> metadata = result.getResultMetadata();
        Object segments = metadata == null ? null : metadata.get(ResultMetadataType.BYTE_SEGMENTS);
        return segments instanceof List<?> list ? (List<byte[]>) list : List.of();
    }
}
