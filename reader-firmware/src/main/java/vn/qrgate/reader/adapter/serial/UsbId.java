package vn.qrgate.reader.adapter.serial;

import java.util.Locale;
import java.util.regex.Pattern;

/** A USB vendor and product id, as {@code lsusb} prints them: {@code 0c2e:0b61}. */
public record UsbId(int vendorId, int productId) {

    private static final Pattern TEXT = Pattern.compile("(?i)(?:0x)?([0-9a-f]{1,4}):(?:0x)?([0-9a-f]{1,4})");

    public UsbId {
        check("vendorId", vendorId);
        check("productId", productId);
    }

    /** Parses {@code vvvv:pppp} in hex, the form {@code lsusb} shows. */
    public static UsbId parse(String text) {
        var m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new SerialSettingsException("usbId", String.valueOf(text),
                    "write vendor:product in hex as lsusb shows them, e.g. 0c2e:0b61");
        }
        return new UsbId(Integer.parseInt(m.group(1), 16), Integer.parseInt(m.group(2), 16));
    }

    /** True when these are the ids in a sysfs {@code idVendor}/{@code idProduct} pair. */
    boolean matches(String idVendor, String idProduct) {
        try {
            return Integer.parseInt(idVendor.trim(), 16) == vendorId
                    && Integer.parseInt(idProduct.trim(), 16) == productId;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%04x", vendorId, productId);
    }

    private static void check(String name, int id) {
        if (id < 0 || id > 0xFFFF) {
            throw new SerialSettingsException(name, Integer.toString(id), "a 16-bit USB id, 0 to 0xffff");
        }
    }
}
