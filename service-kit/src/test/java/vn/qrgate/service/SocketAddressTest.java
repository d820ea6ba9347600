package vn.qrgate.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SocketAddressTest {

    @Test
    void aPathIsFamilyThenPathThenItsTerminatingNul() {
        byte[] bytes = SocketAddress.of("/run/n").bytes();

        assertThat(bytes).hasSize(2 + 6 + 1);
        assertThat(bytes[2]).isEqualTo((byte) '/');
        assertThat(bytes[bytes.length - 1]).isZero();
    }

    @Test
    void anAbstractNameStartsWithNulAndHasNoTerminator() {
        byte[] bytes = SocketAddress.of("@abc").bytes();

        assertThat(bytes).hasSize(2 + 4);
        assertThat(bytes[2]).isZero();
        assertThat(bytes[5]).isEqualTo((byte) 'c');
    }

    @Test
    void aRelativeNameIsRefusedNamingTheVariableAndWhatIsAllowed() {
        assertThatThrownBy(() -> SocketAddress.of("notify.sock"))
                .hasMessageContaining("NOTIFY_SOCKET").hasMessageContaining("notify.sock")
                .hasMessageContaining("absolute path");
    }

    @Test
    void aPathLongerThanSunPathIsRefused() {
        assertThatThrownBy(() -> SocketAddress.of("/" + "x".repeat(107)))
                .hasMessageContaining("at most 107");
    }
}
