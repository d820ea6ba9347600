package vn.qrgate.reader.adapter.camera.decode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.common.GridSampler;
import com.google.zxing.common.PerspectiveTransform;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.QRCodeDecoderMetaData;
import com.google.zxing.qrcode.detector.Detector;
import java.util.Map;

/**
 * What ZXing's QRCodeReader does (detect, sample the module grid, error-correct), plus one thing it does
 * not: when the finder patterns were found but the grid read too many wrong modules, read the grid again
 * with the bottom-right anchor (the alignment pattern, or the corner estimated from the finder patterns)
 * moved by up to {@value #SHIFT_RADIUS} view pixels in {@value #SHIFT_STEP}-pixel steps, nearest first.
 * ZXing maps the grid with one perspective transform through that anchor, so a page that bends or an
 * anchor found a pixel off misreads the far half of a small-moduled code; a nudged anchor often fits.
 */
final class QrReading {

    static final float SHIFT_RADIUS = 2f;
    static final float SHIFT_STEP = 0.5f;

    private final Decoder decoder = new Decoder();
    private final Map<DecodeHintType, ?> hints;

    QrReading(Map<DecodeHintType, ?> hints) {
        this.hints = hints;
    }

    Result read(BitMatrix matrix, boolean resample) throws ReaderException {
        DetectorResult detected = new Detector(matrix).detect(hints);
        ResultPoint[] points = detected.getPoints();
        try {
            return result(decoder.decode(detected.getBits(), hints), points);
        } catch (ChecksumException | FormatException misread) {
            if (!resample || points.length < 3) {
                throw misread;
            }
            return resampled(matrix, detected.getBits().getWidth(), points, misread);
        }
    }

    private Result resampled(BitMatrix matrix, int dimension, ResultPoint[] points, ReaderException misread)
            throws ReaderException {
        ResultPoint bottomLeft = points[0];
        ResultPoint topLeft = points[1];
        ResultPoint topRight = points[2];
        boolean aligned = points.length > 3 && points[3] != null;
        float anchorX = aligned ? points[3].getX() : topRight.getX() - topLeft.getX() + bottomLeft.getX();
        float anchorY = aligned ? points[3].getY() : topRight.getY() - topLeft.getY() + bottomLeft.getY();
        // The anchor's place in module coordinates: the alignment pattern's centre is 3 modules further
        // in than the corner finder patterns' centres (ZXing's Detector.createTransform).
        float far = dimension - 3.5f;
        float anchorModule = aligned ? far - 3f : far;
        int rings = Math.round(SHIFT_RADIUS / SHIFT_STEP);
        for (int ring = 1; ring <= rings; ring++) {
            for (int dy = -ring; dy <= ring; dy++) {
                for (int dx = -ring; dx <= ring; dx++) {
                    if (Math.max(Math.abs(dx), Math.abs(dy)) != ring) {
                        continue; // inner rings were tried already
                    }
                    PerspectiveTransform transform = PerspectiveTransform.quadrilateralToQuadrilateral(
                            3.5f, 3.5f, far, 3.5f, anchorModule, anchorModule, 3.5f, far,
                            topLeft.getX(), topLeft.getY(), topRight.getX(), topRight.getY(),
                            anchorX + dx * SHIFT_STEP, anchorY + dy * SHIFT_STEP, bottomLeft.getX(), bottomLeft.getY());
                    try {
                        BitMatrix bits = GridSampler.getInstance().sampleGrid(matrix, dimension, dimension, transform);
                        return result(decoder.decode(bits, hints), points);
                    } catch (NotFoundException | ChecksumException | FormatException stillMisread) {
                        // next position
                    }
                }
            }
        }
        throw misread;
    }

    /** The Result QRCodeReader would build from the same decoding. */
    private static Result result(DecoderResult decoded, ResultPoint[] points) {
        if (decoded.getOther() instanceof QRCodeDecoderMetaData mirror) {
            mirror.applyMirroredCorrection(points);
        }
        Result result = new Result(decoded.getText(), decoded.getRawBytes(), points, BarcodeFormat.QR_CODE);
        if (decoded.getByteSegments() != null) {
            result.putMetadata(ResultMetadataType.BYTE_SEGMENTS, decoded.getByteSegments());
        }
        if (decoded.getECLevel() != null) {
            result.putMetadata(ResultMetadataType.ERROR_CORRECTION_LEVEL, decoded.getECLevel());
        }
        return result;
    }
}
