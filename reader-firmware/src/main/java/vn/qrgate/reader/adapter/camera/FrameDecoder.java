package vn.qrgate.reader.adapter.camera;

import java.util.Optional;

/**
 * Finds and decodes a QR code in one frame. An instance may remember the previous frame (where the
 * code was) and is used by one thread at a time; create one per camera.
 */
public interface FrameDecoder {

    /** The code in the frame, or empty when none could be read. Never throws on picture content. */
    Optional<DecodedCode> decode(LumaFrame frame);
}
