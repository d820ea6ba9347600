package vn.qrgate.reader.port;

/**
 * A reader input: a serial scanner, standard input, later a keyboard wedge or a camera. It reads on
 * its own thread, survives its device going away and coming back, and hands each complete frame to
 * the sink. It never logs frame contents.
 */
public interface CodeSource extends AutoCloseable {

    /** For logs and the status: which input this is (a port path, "stdin"); never personal data. */
    String describe();

    /** Starts reading; returns at once. Called once. */
    void start(ScanSink sink);

    /** Stops reading and releases the device; the sink gets nothing after this returns. */
    @Override
    void close();
}
