/**
 * The shared model of the national core, as immutable records.
 *
 * <p>Records cross bundle boundaries as plain values: no persistence, JSON or HTTP types
 * appear here. Lists in a record are unmodifiable copies and never null. Codes are the
 * stable identifiers everything refers by: {@code NTS09} for a key technology, {@code BOM}
 * for a ROM, {@code VC01} for a value chain.
 *
 * <h2>Building records</h2>
 *
 * <p>Every record a service of this API accepts as input has a builder, and so has every record
 * nested in one that you fill in ({@link nl.nts.platform.api.model.Stamp} is set by the core and
 * ignored on input): {@link nl.nts.platform.api.model.Organisation} (with
 * {@link nl.nts.platform.api.model.SegmentRef}), {@link nl.nts.platform.api.model.FundingCall},
 * {@link nl.nts.platform.api.model.Action} (with {@link nl.nts.platform.api.model.Budget} and
 * {@link nl.nts.platform.api.model.Kpi}), {@link nl.nts.platform.api.model.Workshop} (with
 * {@link nl.nts.platform.api.model.Participant}), {@link nl.nts.platform.api.model.Input},
 * {@link nl.nts.platform.api.model.Plan}, {@link nl.nts.platform.api.model.Consortium} (with
 * {@link nl.nts.platform.api.model.Consortium.Member}) and
 * {@link nl.nts.platform.api.model.ValueChain} (with {@link nl.nts.platform.api.model.Segment}).
 * Build them by naming the components you set:
 *
 * <pre>{@code
 * Organisation acme = Organisation.builder()
 *         .name("ACME")
 *         .kind(OrganisationKind.SME)
 *         .country("NL")
 *         .externalIds(Map.of("cordis", "999912345"))
 *         .build();
 * Organisation moved = acme.toBuilder().city("Eindhoven").build();
 * }</pre>
 *
 * <p>A component you do not set is absent: {@code null}, or an empty list or map, which is
 * what the core reads as "not given". {@code build()} goes through the record's canonical
 * constructor, so a list or map you pass is copied there (nulls inside it are kept for the
 * core's rules to name) and later changes to your collection do not reach the record.
 *
 * <p>Prefer the builders to the records' constructors in plugin code. A constructor call names
 * the components by position, so it reads badly and has to be rewritten when a component is
 * added (see below). And to change a record the core gave you, use {@code toBuilder()}: it is
 * implemented in this bundle, so it carries every component of the version running, also one
 * added after your plugin was compiled, where rebuilding the record from its parts would
 * silently drop it. For the same reason, do not take these records apart with record patterns
 * (Java 21): a record pattern lists every component and no longer matches the next version's.
 *
 * <p>The records stay records: equal when their components are, shown by {@code toString()},
 * read and written as JSON by the core from their components. The builders are plain code of
 * this bundle and need nothing else at run time.
 *
 * <h2>How the records grow: an optional component is a minor change</h2>
 *
 * <p>The package version below follows semantic versioning, and the build checks it against the
 * last release (bnd's baseline). A plugin compiled against {@code 1.x} runs on every later
 * {@code 1.y}. For a record to gain a component in a minor version, whoever changes this
 * package keeps to this rule:
 *
 * <ol>
 * <li>The new component is optional: its absent value ({@code null}, or an empty list or map)
 * means what the record meant without it, and the core accepts a record without it.</li>
 * <li>It is added at the <em>end</em> of the record's components. Never reorder, rename,
 * retype or remove a component: that is a major change.</li>
 * <li>The builder gains one setter for it, starting at the absent value, and {@code toBuilder()}
 * copies it. A list or map is normalised in the compact constructor like the others.</li>
 * <li>The previous canonical constructor stays, as an explicit public constructor marked
 * {@code @Deprecated}, that delegates to the new canonical constructor with the new
 * component's absent value. Code compiled against the previous version calls exactly that
 * constructor, so it keeps linking; code compiled anew gets a deprecation warning pointing to
 * the builder. Kept constructors go only in a major version.</li>
 * <li>The package's {@code @Version} goes up by a minor step (unless it already has since the
 * last release).</li>
 * </ol>
 *
 * <p>For example, {@code Organisation} gaining a {@code website}:
 *
 * <pre>{@code
 * public record Organisation(Long id, String name, ..., Long version, Stamp stamp,
 *         String website) {
 *
 *     // kept so that code compiled against 1.2 links; new code uses builder()
 *     @Deprecated
 *     public Organisation(Long id, String name, ..., Long version, Stamp stamp) {
 *         this(id, name, ..., version, stamp, null);
 *     }
 *     ...
 *     public static final class Builder {
 *         private String website;
 *         ...
 *         public Builder website(String website) {
 *             this.website = website;
 *             return this;
 *         }
 *
 *         public Organisation build() {
 *             return new Organisation(id, name, ..., version, stamp, website);
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>With the kept constructor, bnd's baseline judges the change MINOR (a constructor, an
 * accessor and a setter added); without it, MAJOR (a constructor removed). The unit test
 * {@code ApiEvolutionTest} of this module makes that very change to a copy of
 * {@code Organisation} and asks bnd for its verdict both ways, so the rule is checked by the
 * build and not only written down here.
 */
@Export
@Version("1.4.0")
package nl.nts.platform.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
