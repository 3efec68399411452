package nl.nts.platform.api.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform holds about one person, as the right of access asks (AVG art. 15):
 * each record or entry that holds their name, e-mail address or user name, found in the places
 * {@link nl.nts.platform.api.service.PersonalData#fields()} lists, with the values it holds of
 * theirs. Copies of records in the audit trail are named by entry, with which of the person's
 * values they hold, not shown whole: they hold other people's data too.
 *
 * @param madeAt   when the copy was made
 * @param madeBy   who made it
 * @param name     the name looked for; null when none was given
 * @param email    the e-mail address looked for; null when none was given
 * @param user     the user name looked for; null when none was given
 * @param roms     the ROMs whose records were searched (a ROM's admin sees their own); empty: every record
 * @param findings what was found, place by place
 * @param complete false when a place held more than the copy lists (it names how many in its finding)
 * @since model 1.3
 */
public record PersonalDataCopy(Instant madeAt, String madeBy, String name, String email, String user, List<String> roms,
        List<Finding> findings, boolean complete) {

    public PersonalDataCopy {
        roms = Copies.list(roms);
        findings = Copies.list(findings);
    }

    /**
     * One record or entry that holds some of the person's data.
     *
     * @param place   the place it was found in ({@link PersonalDataField#place()})
     * @param kind    the kind of record, e.g. {@code workshop}, {@code input}, {@code audit-entry}, {@code api-token}
     * @param record  the record's id or key
     * @param rom     the ROM that owns the record; null for a national one
     * @param context what the record is, for people: a workshop's title and date, say
     * @param values  the person's data it holds, by field, e.g. {@code participants[2].email}
     */
    public record Finding(String place, String kind, String record, String rom, String context, Map<String, String> values) {

        public Finding {
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }
}
