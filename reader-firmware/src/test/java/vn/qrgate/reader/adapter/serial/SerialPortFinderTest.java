package vn.qrgate.reader.adapter.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a fake /sys and /dev laid out the way the kernel and udev lay them out on a Pi. */
class SerialPortFinderTest {

    private static final UsbId NEWLAND = UsbId.parse("1eab:0d10");
    private static final UsbId FTDI = UsbId.parse("0403:6001");

    @TempDir
    Path root;
    Path sys;
    Path dev;
    SerialPortFinder finder;

    @BeforeEach
    void fakeTree() throws IOException {
        sys = Files.createDirectories(root.resolve("sys"));
        dev = Files.createDirectories(root.resolve("dev"));
        Files.createDirectories(sys.resolve("class/tty"));
        Files.createDirectories(dev.resolve("serial/by-id"));
        finder = new SerialPortFinder(sys, dev);

        // CDC-ACM reader: the tty's device link is the USB interface, whose parent is the USB device
        usbDevice("usb1/1-1", NEWLAND);
        tty("ttyACM0", "devices/platform/soc/usb1/1-1/1-1:1.0/tty/ttyACM0", "../../../1-1:1.0");
        // FTDI adapter: one level deeper, the interface holds a ttyUSB0 directory first
        usbDevice("usb1/1-2", FTDI);
        Files.createDirectories(sys.resolve("devices/platform/soc/usb1/1-2/1-2:1.0/ttyUSB0"));
        tty("ttyUSB0", "devices/platform/soc/usb1/1-2/1-2:1.0/ttyUSB0/tty/ttyUSB0", "../../../ttyUSB0");
        // the Pi's own UART: a device link, but no USB ids anywhere above it
        Files.createDirectories(sys.resolve("devices/platform/serial8250"));
        tty("ttyS0", "devices/platform/serial8250/tty/ttyS0", "../../../serial8250");
        // a virtual console: no device link at all
        Files.createDirectories(sys.resolve("devices/virtual/tty/tty0"));
        Files.createSymbolicLink(sys.resolve("class/tty/tty0"), Path.of("../../devices/virtual/tty/tty0"));

        for (String node : new String[] {"ttyACM0", "ttyUSB0", "ttyS0", "tty0"}) {
            Files.createFile(dev.resolve(node));
        }
        Files.createSymbolicLink(dev.resolve("serial/by-id/usb-Newland_FR40_N123-if00"), Path.of("../../ttyACM0"));
    }

    @Test
    void aUsbIdIsFoundAsTheByIdLinkOfItsTty() {
        assertThat(finder.find(NEWLAND)).contains(dev.resolve("serial/by-id/usb-Newland_FR40_N123-if00"));
    }

    @Test
    void aTtyWithoutByIdLinkIsFoundAsItsDevNodeEvenOneInterfaceLevelDeeper() {
        assertThat(finder.find(FTDI)).contains(dev.resolve("ttyUSB0"));
    }

    @Test
    void anIdThatIsNotPluggedInFindsNothing() {
        assertThat(finder.find(UsbId.parse("05e0:1200"))).isEmpty();
    }

    @Test
    void twoIdenticalReadersAreListedInTtyNameOrder() throws IOException {
        usbDevice("usb1/1-3", NEWLAND);
        tty("ttyACM1", "devices/platform/soc/usb1/1-3/1-3:1.0/tty/ttyACM1", "../../../1-3:1.0");
        Files.createFile(dev.resolve("ttyACM1"));

        assertThat(finder.findAll(NEWLAND)).containsExactly(
                dev.resolve("serial/by-id/usb-Newland_FR40_N123-if00"), dev.resolve("ttyACM1"));
    }

    @Test
    void aTtyWhoseDevNodeIsAlreadyGoneIsSkipped() throws IOException {
        Files.delete(dev.resolve("ttyUSB0"));

        assertThat(finder.find(FTDI)).isEmpty();
    }

    @Test
    void aMissingSysTreeFindsNothingInsteadOfFailing() {
        SerialPortFinder nowhere = new SerialPortFinder(root.resolve("no-sys"), root.resolve("no-dev"));

        assertThat(nowhere.findAll(NEWLAND)).isEmpty();
    }

    @Test
    void aConfiguredByIdLinkResolvesToTheRealNodeAndToNothingOnceDangling() throws IOException {
        Path link = dev.resolve("serial/by-id/usb-Newland_FR40_N123-if00");

        assertThat(finder.resolve(link)).contains(dev.resolve("ttyACM0").toRealPath());

        Files.delete(dev.resolve("ttyACM0"));
        assertThat(finder.resolve(link)).isEmpty();
    }

    private void usbDevice(String path, UsbId id) throws IOException {
        Path dir = Files.createDirectories(sys.resolve("devices/platform/soc").resolve(path));
        Files.writeString(dir.resolve("idVendor"), String.format("%04x%n", id.vendorId()));
        Files.writeString(dir.resolve("idProduct"), String.format("%04x%n", id.productId()));
    }

    /** /sys/class/tty/NAME links to the tty's directory, whose "device" link points up to its parent device. */
    private void tty(String name, String ttyDir, String deviceLink) throws IOException {
        Path dir = Files.createDirectories(sys.resolve(ttyDir));
        Files.createSymbolicLink(dir.resolve("device"), Path.of(deviceLink));
        Files.createSymbolicLink(sys.resolve("class/tty").resolve(name), Path.of("../..").resolve(ttyDir));
    }
}
