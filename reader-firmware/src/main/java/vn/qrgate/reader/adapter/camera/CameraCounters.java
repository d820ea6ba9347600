package vn.qrgate.reader.adapter.camera;

/**
 * What the camera input has done since it started, for the status and the benchmarks.
 *
 * @param framesRead complete frames read from the command
 * @param framesDecoded frames the decoder finished with, a code found or not
 * @param framesSkipped frames replaced by a newer one before the decoder got to them
 * @param codesReported scans delivered (a code that came into view)
 * @param commandStarts times the command was started, successfully or not
 */
public record CameraCounters(long framesRead, long framesDecoded, long framesSkipped, long codesReported,
        long commandStarts) {
}
