package vn.qrgate.service;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@code struct sockaddr_un} for a notify socket name: a path, or an abstract name when it starts with
 * {@code @} (the {@code @} becomes the leading NUL byte), as sd_notify(3) reads {@code $NOTIFY_SOCKET}.
 */
public final class SocketAddress {

    /** {@code sizeof(sun_path)} on Linux. */
    static final int PATH_MAX = 108;
    private static final int FAMILY_SIZE = 2;

    private final String name;
    private final byte[] bytes;

    private SocketAddress(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    /**
     * @throws IllegalArgumentException when the name is neither absolute nor abstract, or too long
     */
    public static SocketAddress of(String name) {
        if (name == null || name.isEmpty() || !(name.startsWith("/") || name.startsWith("@"))) {
            throw new IllegalArgumentException("NOTIFY_SOCKET is '" + name
                    + "': allowed are an absolute path (/run/...) or an abstract name (@...)");
        }
        byte[] path = name.getBytes(StandardCharsets.UTF_8);
        boolean abstractName = path[0] == '@';
        // A path needs its terminating NUL; an abstract name is exactly its bytes, the leading NUL included.
        int pathLength = abstractName ? path.length : path.length + 1;
        if (pathLength > PATH_MAX) {
            throw new IllegalArgumentException("NOTIFY_SOCKET is " + path.length + " bytes long: allowed are at most "
                    + (abstractName ? PATH_MAX : PATH_MAX - 1));
        }
        ByteBuffer address = ByteBuffer.allocate(FAMILY_SIZE + pathLength).order(ByteOrder.nativeOrder());
        address.putShort((short) LibC.AF_UNIX);
        address.put(path);
        byte[] bytes = address.array();
        if (abstractName) {
            bytes[FAMILY_SIZE] = 0;
        }
        return new SocketAddress(name, bytes);
    }

    /** The bytes to pass as {@code struct sockaddr *}, exactly as long as the address length to pass. */
    public byte[] bytes() {
        return Arrays.copyOf(bytes, bytes.length);
    }

    public boolean isAbstract() {
        return name.startsWith("@");
    }

    @Override
    public String toString() {
        return name;
    }
}
