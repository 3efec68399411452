package nl.nts.platform.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

/** What every connector says about itself; implement {@link OrganisationSource} or {@link FundingCallSource}. */
@ConsumerType
public interface Connector {

    /** Service property: the connector's id, unique across the platform, e.g. {@code cordis-organisations}. */
    String ID = "nts.connector.id";

    /** Service property: the source system, e.g. {@code cordis}, {@code hubspot}; the key of the external ids it writes. */
    String SYSTEM = "nts.connector.system";

    /** @return a name for people, e.g. "CORDIS participants (open data)" */
    String name();
}
