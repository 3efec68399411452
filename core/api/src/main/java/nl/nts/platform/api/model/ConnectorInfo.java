package nl.nts.platform.api.model;

/**
 * A connector a plugin contributes: one configured instance of it.
 *
 * @param id              the connector's id
 * @param name            a name for people
 * @param kind            what it brings in: {@code organisations} or {@code funding-calls}
 * @param system          the source system, e.g. {@code cordis}
 * @param plugin          the plugin contributing it
 * @param rom             the ROM it runs for (its plugin's, or its instance's), or null for a national
 *                        connector (since 1.3)
 * @param runEveryMinutes how often the core runs it by itself, or null when only on request (since 1.3)
 */
public record ConnectorInfo(String id, String name, String kind, String system, String plugin, String rom, Integer runEveryMinutes) {

    /**
     * The connector as API 1.2 described it.
     *
     * @deprecated the core describes connectors; kept so that code compiled against 1.2 links
     */
    @Deprecated
    public ConnectorInfo(String id, String name, String kind, String system, String plugin) {
        this(id, name, kind, system, plugin, null, null);
    }
}
