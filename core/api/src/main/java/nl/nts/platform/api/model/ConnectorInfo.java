package nl.nts.platform.api.model;

/**
 * A connector a plugin contributes.
 *
 * @param id     the connector's id
 * @param name   a name for people
 * @param kind   what it brings in: {@code organisations} or {@code funding-calls}
 * @param system the source system, e.g. {@code cordis}
 * @param plugin the plugin contributing it
 */
public record ConnectorInfo(String id, String name, String kind, String system, String plugin) {
}
