package vn.qrgate.reader.adapter.camera;

import vn.qrgate.protocol.code.Qg1Signer;
import vn.qrgate.protocol.code.TestVectors;

/** The codes the camera tests show: synthetic people from the shared test vectors. */
final class TestCodes {

    static final String CCCD = TestVectors.text("cccd-ok-1");
    static final String BHYT = TestVectors.text("bhyt17-ok");
    static final String QG1 = new Qg1Signer("camera-test").sign("001203004567", "NGUYEN VAN AN", "2003-03-12",
            1_764_000_000L, 1_796_000_000L);
    /** Shown cut off at the frame's edge only: it must never be reported. */
    static final String CUT_OFF = TestVectors.text("pccovid-ok-cccd");

    /** The document numbers in the codes above, which no log line may contain. */
    static final String[] DOCUMENT_NUMBERS = {"058190001234", "5800123456", "001203004567"};

    private TestCodes() {
    }
}
