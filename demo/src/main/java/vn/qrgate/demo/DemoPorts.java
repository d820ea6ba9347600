package vn.qrgate.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks the demo's ports: the usual one when it is free, otherwise a free one, and remembers what it had
 * to change so the banner can say so (this machine, for one, already runs a Mosquitto on 1883).
 */
final class DemoPorts {

    private final List<String> notes = new ArrayList<>();

    /** {@code requested} > 0 is the user's choice and is taken as is; 0 means "usual port, else a free one". */
    int choose(String what, int usual, int requested) {
        if (requested > 0) {
            return requested;
        }
        if (free(usual)) {
            return usual;
        }
        int other = anyFree();
        notes.add("port " + usual + " (" + what + ") is taken on this machine; the demo uses " + other + " instead");
        return other;
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
