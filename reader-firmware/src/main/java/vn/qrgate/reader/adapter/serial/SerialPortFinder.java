package vn.qrgate.reader.adapter.serial;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a reader's device node from what the kernel publishes, the way udev does: each
 * {@code /sys/class/tty/<name>/device} leads up to the USB device directory holding
 * {@code idVendor}/{@code idProduct}. jSerialComm's port list is not used because it skips ptys and
 * hides how it decided; reading sysfs through configurable roots lets tests fake the whole tree.
 */
public final class SerialPortFinder {

    private static final Logger LOG = LoggerFactory.getLogger(SerialPortFinder.class);

    // tty -> interface -> USB device is two or three steps; the limit only guards odd trees
    private static final int MAX_LEVELS_UP = 8;

    private final Path sysRoot;
    private final Path devRoot;

    public SerialPortFinder() {
        this(Path.of("/sys"), Path.of("/dev"));
    }

    public SerialPortFinder(Path sysRoot, Path devRoot) {
        this.sysRoot = Objects.requireNonNull(sysRoot, "sysRoot");
        this.devRoot = Objects.requireNonNull(devRoot, "devRoot");
    }

    /** The first matching port by tty name, shown as its by-id link when it has one. */
    public Optional<Path> find(UsbId id) {
        List<Path> all = findAll(id);
        if (all.size() > 1) {
            LOG.debug("{} ports match USB id {}; using {}", all.size(), id, all.get(0));
        }
        return all.stream().findFirst();
    }

    /** Every tty whose USB device has this id, by tty name; by-id links preferred over /dev names. */
    public List<Path> findAll(UsbId id) {
        Objects.requireNonNull(id, "id");
        List<Path> found = new ArrayList<>();
        for (String tty : ttyNames()) {
            if (usbDeviceOf(tty).filter(usb -> hasId(usb, id)).isPresent()) {
                Path node = devRoot.resolve(tty);
                if (Files.exists(node)) {
                    found.add(byIdLinkTo(node).orElse(node));
                }
            }
        }
        return found;
    }

    /**
     * The real device node behind a configured path (following a by-id link), or empty when it is
     * not there now, e.g. the reader is unplugged and udev removed its link.
     */
    public Optional<Path> resolve(Path configured) {
        try {
            return Optional.of(configured.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private List<String> ttyNames() {
        Path classTty = sysRoot.resolve("class").resolve("tty");
        if (!Files.isDirectory(classTty)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(classTty)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", classTty, e.toString());
            return List.of();
        }
    }

    private Optional<Path> usbDeviceOf(String tty) {
        Path device = sysRoot.resolve("class").resolve("tty").resolve(tty).resolve("device");
        Path top;
        try {
            // virtual consoles and ptys have no device link at all
            if (!Files.exists(device)) {
                return Optional.empty();
            }
            device = device.toRealPath();
            top = sysRoot.toRealPath();
        } catch (IOException e) {
            return Optional.empty();
        }
        Path dir = device;
        for (int level = 0; dir != null && dir.startsWith(top) && level <= MAX_LEVELS_UP; level++) {
            if (Files.isRegularFile(dir.resolve("idVendor")) && Files.isRegularFile(dir.resolve("idProduct"))) {
                return Optional.of(dir);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    private static boolean hasId(Path usbDevice, UsbId id) {
        try {
            return id.matches(Files.readString(usbDevice.resolve("idVendor")),
                    Files.readString(usbDevice.resolve("idProduct")));
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Path> byIdLinkTo(Path node) {
        Path byId = devRoot.resolve("serial").resolve("by-id");
        if (!Files.isDirectory(byId)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> links = Files.newDirectoryStream(byId)) {
            Path real = node.toRealPath();
            List<Path> matching = new ArrayList<>();
            for (Path link : links) {
                if (resolve(link).filter(real::equals).isPresent()) {
                    matching.add(link);
                }
            }
            return matching.stream().sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
