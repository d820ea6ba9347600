package vn.qrgate.reader.adapter.camera;

import java.util.Objects;

/**
 * A QR code found in a frame. {@code bytes} are what a serial reader would have sent (the code's byte
 * segments when it holds only bytes, otherwise its text in UTF-8), so the same input hygiene applies;
 * {@code text} is ZXing's reading of it, for tools and tests. {@code centreX}/{@code centreY} locate the
 * code in frame pixels, for presence tracking. Never log the bytes or the text.
 */
public record DecodedCode(byte[] bytes, String text, float centreX, float centreY) {

    public DecodedCode {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "DecodedCode[" + bytes.length + " bytes at " + Math.round(centreX) + "," + Math.round(centreY) + "]";
    }
}
