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
 * @since model 1.3
 */
public record PersonalDataField(String place, String holds, String purpose, String basis) {
}
