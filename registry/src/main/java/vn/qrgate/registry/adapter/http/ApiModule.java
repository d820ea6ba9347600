package vn.qrgate.registry.adapter.http;

/**
 * One area of the HTTP API (ingest, tracing, venues, login, the live list, statistics, the console):
 * registers its routes. {@link HttpApi} gives every route JSON errors and request timings.
 */
public interface ApiModule {

    void register(Routes routes);
}
