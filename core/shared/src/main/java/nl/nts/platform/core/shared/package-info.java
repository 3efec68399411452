/**
 * Security services the core's own bundles share: personal API tokens. Not part of the plugin
 * API ({@code nl.nts.platform.api}): plugins never see credentials, and this package may change
 * with any release of the core.
 */
@Export
@Version("1.0.0")
package nl.nts.platform.core.shared;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
