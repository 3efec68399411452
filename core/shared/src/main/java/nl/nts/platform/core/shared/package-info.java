/**
 * What the core's own bundles share: the caller a service call runs for ({@link Caller},
 * {@link CallerScope}), personal API tokens, the people of the realm ({@link People}), the login guard, web sessions, checks every record's rules use. Not part of the plugin
 * API ({@code nl.nts.platform.api}): plugins never see credentials, and this package may change
 * with any release of the core. It is exported with the mandatory attribute {@code nts.core=true}:
 * only the core's bundles, which ask for it, import it.
 */
@Version("4.2.0")
package nl.nts.platform.core.shared;

import org.osgi.annotation.versioning.Version;
