package vn.qrgate.gateway.port;

import java.util.Set;

/**
 * Versions of what the gateway pushes, kept in its store so they only grow, across restarts and config
 * edits: the same content keeps its version, new content gets the next one.
 */
public interface PushVersions {

    /** The version for {@code name} with this content digest: unchanged, or one more than before (first: 1). */
    long version(String name, String digest);

    /** Every name that has a version. */
    Set<String> names();
}
