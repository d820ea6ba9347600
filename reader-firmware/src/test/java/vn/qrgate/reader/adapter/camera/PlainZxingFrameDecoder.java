package vn.qrgate.reader.adapter.camera;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** ZXing as it comes, for the camera tests; the real decoder (camera.decode) replaces it in the agent. */
final class PlainZxingFrameDecoder implements FrameDecoder {

    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private final QRCodeReader reader = new QRCodeReader();

    @Override
    public Optional<DecodedCode> decode(LumaFrame frame) {
        int left = frame.offset() % frame.rowStride();
        int top = frame.offset() / frame.rowStride();
        PlanarYUVLuminanceSource source = new PlanarYUVLuminanceSource(frame.data(), frame.rowStride(),
                top + frame.height(), left, top, frame.width(), frame.height(), false);
        try {
            Result result = reader.decode(new BinaryBitmap(new HybridBinarizer(source)), HINTS);
            float x = 0;
            float y = 0;
            ResultPoint[] points = result.getResultPoints();
            for (ResultPoint p : points) {
                x += p.getX() / points.length;
                y += p.getY() / points.length;
            }
            return Optional.of(new DecodedCode(result.getText().getBytes(StandardCharsets.UTF_8), result.getText(), x, y));
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
