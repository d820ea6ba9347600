package vn.qrgate.registry.port;

import vn.qrgate.registry.domain.poster.InvalidPosterContentException;
import vn.qrgate.registry.domain.poster.PosterContent;

/** Turns a venue's poster content into a printable document. */
public interface PosterRenderer {

    /**
     * The printable file, e.g. a one-page PDF. Safe to call from several threads.
     *
     * @throws InvalidPosterContentException when a field cannot be printed (a character the
     *         renderer's font lacks), naming the field
     */
    byte[] render(PosterContent content);

    /** The media type of what {@link #render} returns, for a download's {@code Content-Type}. */
    String mediaType();
}
