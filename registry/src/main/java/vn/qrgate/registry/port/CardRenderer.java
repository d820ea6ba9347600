package vn.qrgate.registry.port;

import java.io.OutputStream;
import java.util.List;
import vn.qrgate.registry.domain.cards.CardFace;

/** Lays QG1 cards out for printing. Safe to call from several threads. */
public interface CardRenderer {

    /** One card on a page of its own, for one person to print at home or at the ward office. */
    byte[] card(CardFace face);

    /**
     * Many cards on A4 pages, with cut marks, in the order given; written to {@code out} as it goes, so
     * tens of thousands of cards need not sit in memory as a document.
     */
    void sheet(List<CardFace> faces, OutputStream out);

    /** The media type of both, for a download's {@code Content-Type}. */
    String mediaType();
}
