package vn.qrgate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class DemoPortsTest {

    @Test
    void aTakenUsualPortIsReplacedByAFreeOneAndTheChangeIsSaid() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DemoPorts ports = new DemoPorts();
            int chosen = ports.choose("MQTT", taken.getLocalPort(), 0);
            assertThat(chosen).isNotEqualTo(taken.getLocalPort());
            assertThat(DemoPorts.free(chosen)).isTrue();
            assertThat(ports.notes()).singleElement().asString()
                    .contains("port " + taken.getLocalPort() + " (MQTT) is taken").contains(Integer.toString(chosen));
        }
    }

    @Test
    void aFreeUsualPortIsTakenAsItIs() {
        int free = DemoPorts.anyFree();
        DemoPorts ports = new DemoPorts();
        assertThat(ports.choose("registry API", free, 0)).isEqualTo(free);
        assertThat(ports.notes()).isEmpty();
    }

    @Test
    void aPortTheUserChoseIsNeverChanged() {
        assertThat(new DemoPorts().choose("registry API", 8080, 18080)).isEqualTo(18080);
    }
}
