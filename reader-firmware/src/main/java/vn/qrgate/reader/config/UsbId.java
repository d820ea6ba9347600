package vn.qrgate.reader.config;

/** A USB vendor/product id pair, shown the way {@code lsusb} prints it ({@code 0c2e:0b6a}). */
public record UsbId(int vendorId, int productId) {

    public UsbId {
        if (vendorId < 0 || vendorId > 0xFFFF || productId < 0 || productId > 0xFFFF) {
            throw new IllegalArgumentException("USB ids are 16-bit: 0x0000 to 0xffff");
        }
    }

    @Override
    public String toString() {
        return String.format("%04x:%04x", vendorId, productId);
    }
}
