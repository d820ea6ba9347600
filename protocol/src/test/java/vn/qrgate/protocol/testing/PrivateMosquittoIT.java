package vn.qrgate.protocol.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateMosquittoIT {

    @Test
    void aPrivateBrokerListensStopsAndComesBackOnTheSamePort(@TempDir Path dir) {
        try (PrivateMosquitto broker = PrivateMosquitto.in(dir).user("gw", "secret-password").start()) {
            int port = broker.port();
            assertThat(broker.running()).isTrue();
            broker.stop();
            assertThat(broker.running()).isFalse();
            broker.restart();
            assertThat(broker.running()).isTrue();
            assertThat(broker.port()).isEqualTo(port);
        }
    }
}
