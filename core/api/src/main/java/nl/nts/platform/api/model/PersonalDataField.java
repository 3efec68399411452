package nl.nts.platform.api.model;

/**
 * One place where the platform keeps personal data, with why and on what legal basis (the AVG,
 * the Dutch GDPR). {@link nl.nts.platform.api.service.PersonalData#fields()} lists them all; a
 * copy of what the platform holds about one person is made from exactly these places.
 *
 * @param place   a stable name of the place, e.g. {@code workshop.participant}
 * @param holds   the fields kept there, e.g. "a participant's name, role and e-mail address"
 * @param purpose what it is kept for
 * @param basis   the legal basis it is kept on
 * @param retention how long it is kept, as configured now: e.g. "24 months after the workshop,
 *                then erased by the retention run", or "as long as the record". Null from code
 *                compiled against model 1.3 (since model 1.4)
 * @since model 1.3
 */
public record PersonalDataField(String place, String holds, String purpose, String basis, String retention) {

    /**
     * A place as model 1.3 knew it, without {@link #retention()}.
     *
     * @param place   see {@link #place()}
     * @param holds   see {@link #holds()}
     * @param purpose see {@link #purpose()}
     * @param basis   see {@link #basis()}
     * @deprecated since model 1.4: say how long it is kept
     */
    @Deprecated
    public PersonalDataField(String place, String holds, String purpose, String basis) {
        this(place, holds, purpose, basis, null);
    }
}
