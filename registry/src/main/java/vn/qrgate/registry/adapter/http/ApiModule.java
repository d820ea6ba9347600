package vn.qrgate.registry.adapter.http;

/**
 * One area of the HTTP API (ingest, tracing, venues, login, the live list, statistics, the console):
 * registers its routes. {@link HttpApi} gives every route JSON errors and request timings.
 */
public interface ApiModule extends AutoCloseable {

    void register(Routes routes);

    /**
     * Called when the API stops, before the server does: a module with work of its own (the live
     * streams) finishes it while requests can still be answered.
     */
    @Override
    default void close() {
    }
}
