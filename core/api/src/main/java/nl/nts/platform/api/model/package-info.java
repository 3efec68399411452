/**
 * The shared model of the national core, as immutable records.
 *
 * <p>Records cross bundle boundaries as plain values: no persistence, JSON or HTTP types
 * appear here. Lists in a record are unmodifiable copies and never null. Codes are the
 * stable identifiers everything refers by: {@code NTS09} for a key technology, {@code BOM}
 * for a ROM, {@code VC01} for a value chain.
 */
@Export
@Version("1.1.0")
package nl.nts.platform.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
