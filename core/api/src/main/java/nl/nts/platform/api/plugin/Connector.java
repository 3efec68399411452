package nl.nts.platform.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What every connector says about itself; implement {@link OrganisationSource} or {@link FundingCallSource}.
 *
 * <p>A connector service is one <em>instance</em>: one source account, one id. To let operators and ROMs
 * set up several (one HubSpot portal per ROM, say), make the component a factory configuration
 * ({@code configurationPolicy = REQUIRE} with a {@code @Designate(factory = true)} metatype), so that each
 * configuration {@code <pid>~<name>} registers one service whose {@link #ID} is set by that
 * configuration. The configuration's public properties become service properties, and these are read
 * by the core:
 * <ul>
 * <li>{@link #ID} (required), {@link #SYSTEM} (required);</li>
 * <li>{@value PluginProperties#ROM}: the ROM the instance works for. A national plugin's instance
 * configured for a ROM runs for that ROM only: what it writes must be that ROM's (or shared), and that
 * ROM's admins may run it. A ROM's plugin always runs for its own ROM, whatever this says;</li>
 * <li>{@link #RUN_EVERY_MINUTES}: run it periodically;</li>
 * <li>{@link #TIME_LIMIT_MINUTES}: stop a run that takes longer.</li>
 * </ul>
 * Keep secrets (tokens, client secrets, passwords) out of the service properties: name them with a
 * leading dot ({@code .accessToken}; in a DS property type, a method {@code _accessToken()}), which
 * Declarative Services never publishes. The platform also masks any configuration key that names a
 * password, secret, token or key in its answers, logs, audit trail and backups.
 */
@ConsumerType
public interface Connector {

    /** Service property: the connector's id, unique across the platform, e.g. {@code cordis-organisations}. */
    String ID = "nts.connector.id";

    /** Service property: the source system, e.g. {@code cordis}, {@code hubspot}; the key of the external ids it writes. */
    String SYSTEM = "nts.connector.system";

    /**
     * Service property (since 2.2): when set to a positive number, the core starts a run of this connector
     * every so many minutes (counted from the end of the previous run; a run still going is not doubled).
     */
    String RUN_EVERY_MINUTES = "nts.connector.runEveryMinutes";

    /**
     * Service property (since 2.2): the longest a run may take, in minutes; a run past it is stopped and
     * reported {@code FAILED} with the records read until then stored. Without it the core's default
     * applies ({@code runTimeLimitMinutes} in {@code etc/nl.nts.platform.connectors.cfg}).
     */
    String TIME_LIMIT_MINUTES = "nts.connector.timeLimitMinutes";

    /** @return a name for people, e.g. "CORDIS participants (open data)" */
    String name();
}
