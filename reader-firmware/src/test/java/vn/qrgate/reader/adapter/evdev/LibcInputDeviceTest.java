package vn.qrgate.reader.adapter.evdev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** libc through JNA on real nodes: a missing path, a FIFO, a directory, /dev/null. */
class LibcInputDeviceTest {

    @TempDir
    Path dir;

    @Test
    void a_missing_node_cannot_be_opened_and_the_error_names_the_path_and_enoent() {
        Path missing = dir.resolve("event9");

        assertThatThrownBy(() -> LibcInputDevice.open(missing))
                .isInstanceOfSatisfying(InputDeviceException.class,
                        e -> assertThat(e.errno()).hasValue(new Errno(Errno.ENOENT)))
                .hasMessageContaining(missing.toString()).hasMessageContaining("ENOENT");
    }

    @Test
    void a_node_that_is_no_input_device_refuses_the_grab_with_enotty() throws Exception {
        try (InputDevice devNull = LibcInputDevice.open(Path.of("/dev/null"))) {
            assertThat(devNull.grab()).hasValue(new Errno(Errno.ENOTTY));
        }
    }

    @Test
    void a_read_returns_nothing_while_no_bytes_come_then_the_bytes_then_end_of_input() throws Exception {
        Fifo fifo = Fifo.create(dir.resolve("event0"));
        try (InputDevice device = LibcInputDevice.open(fifo.path())) {
            byte[] buffer = new byte[64];
            try (OutputStream writer = fifo.openWriter()) {
                assertThat(device.read(buffer, 20)).isZero();

                writer.write(new byte[] {1, 2, 3});
                writer.flush();
                assertThat(device.read(buffer, 5000)).isEqualTo(3);
                assertThat(buffer).startsWith(1, 2, 3);
            }
            assertThat(device.read(buffer, 5000)).isEqualTo(-1);
        }
    }

    @Test
    void a_read_error_is_reported_with_its_errno() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("not-a-device"));
        try (InputDevice device = LibcInputDevice.open(directory)) {
            assertThatThrownBy(() -> device.read(new byte[24], 100))
                    .isInstanceOfSatisfying(InputDeviceException.class,
                            e -> assertThat(e.errno()).hasValue(new Errno(Errno.EISDIR)))
                    .hasMessageContaining("EISDIR").hasMessageContaining(directory.toString());
        }
    }

    @Test
    void errno_names_and_meanings_are_those_of_errno_h() {
        assertThat(new Errno(Errno.ENODEV)).hasToString("ENODEV (the device is gone (unplugged))");
        assertThat(new Errno(Errno.EBUSY).meaning()).isEqualTo("another program has grabbed it");
        assertThat(new Errno(123).name()).isEqualTo("errno 123");
    }
}
