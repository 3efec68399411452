package nl.nts.platform.api.service;

import java.util.List;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.RetentionRun;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.model.PersonalDataCopy;
import nl.nts.platform.api.model.PersonalDataErasure;
import nl.nts.platform.api.model.PersonalDataField;

/**
 * The personal data the platform keeps, for the rights the AVG (the Dutch GDPR) gives people.
 *
 * <p>The places, each with its purpose and legal basis ({@link #fields()}):
 * <ul>
 * <li>{@code workshop.participant}: a workshop participant's name, role and e-mail address;</li>
 * <li>{@code input.contact}: the name and e-mail address left with input on a ROM's public page,
 * kept only with the person's consent;</li>
 * <li>{@code free-text}: a name or e-mail address written in a text (an input, an action's
 * description, a plan's summary, a progress note, a workflow step's reason), found and erased as
 * whole words, case ignored;</li>
 * <li>{@code web-session.user}, {@code login-failure.account}: the user name of a web session
 * while it lasts, and of failed logins while they count towards the lock (an erasure ends and
 * forgets them);</li>
 * <li>{@code record.stamp}, {@code state-change.by}, {@code audit.actor}, {@code api-token.user},
 * {@code plugin.by}: the user names of those who made and changed records, took workflow steps,
 * hold API tokens and installed or configured plugins;</li>
 * <li>{@code audit.copy}: the audit trail's copies of records as they were, which hold all of the above.</li>
 * </ul>
 * Connectors bring organisations only, no contact persons, so far. How long each is kept:
 * {@link PersonalDataField#retention()}, and {@link #retain}.
 *
 * <p>Who may: an operator ({@code kia-operator}) for the whole platform; a ROM's admin
 * ({@code rom-admin:<ROM>}) for the records their ROM owns (user names only as they stand in
 * those records' audit entries); nobody else.
 *
 * @since 2.3
 */
@ProviderType
public interface PersonalData {

    /** @return every place that holds personal data, in a fixed order */
    List<PersonalDataField> fields();

    /**
     * A copy of everything the platform holds about one person. Making it is itself recorded in
     * the audit trail, naming the person only by a pseudonym.
     *
     * @param person who to look for
     * @return what was found, place by place
     * @throws nl.nts.platform.api.ValidationException naming {@code name}, {@code email} or
     *         {@code user} when none is given, or one is longer than its field can be
     * @throws SecurityException when the caller is neither an operator nor a ROM's admin
     */
    PersonalDataCopy copy(PersonQuery person);

    /**
     * Erases a person (AVG art. 17): in every place {@link #fields()} lists, their name and
     * user name become a pseudonym ({@code person-} and 16 hexadecimal digits, the same for the
     * same query) and their e-mail address, a participant's role and a public-page contact are
     * removed, and a mention of their name or e-mail address in a text becomes the pseudonym; in
     * the audit trail's copies of records too. The records themselves (a workshop, an
     * input) and the trail's entries stay, so who changed what stays known as the pseudonym. The
     * trail records that an erasure happened, under the pseudonym, not what was erased. Backups
     * and exports made afterwards hold only the pseudonym; earlier backups are the operator's to
     * replace. An account of the realm with that user name is not removed: remove it first.
     *
     * <p>Operators only. One transaction: all of it or, on a failure, nothing.
     *
     * @param person who to erase
     * @return what was changed, place by place
     * @throws nl.nts.platform.api.ValidationException as {@link #copy}
     * @throws SecurityException when the caller is not an operator
     */
    PersonalDataErasure erase(PersonQuery person);

    /**
     * Erases what has been kept longer than its retention period, in the same way as
     * {@link #erase}: per kind of personal data ({@link RetentionRun.Kind#kind()}), the period
     * configured in {@code etc/nl.nts.platform.personaldata.cfg} counts from the day the workshop
     * was held or the input left. Due values are removed from the record and from the audit
     * trail's copies of that record; the record goes a version on. The trail records the run, not
     * what it erased. Besides runs asked for, the platform runs it periodically
     * ({@code runEveryHours}), on one node of those sharing the database.
     *
     * <p>Operators only. One transaction: all of it or, on a failure, nothing. The run and its
     * report are stored.
     *
     * @param dryRun true to count what is due and erase nothing
     * @return the stored run with its report
     * @throws SecurityException when the caller is not an operator
     * @since 2.4
     */
    RetentionRun retain(boolean dryRun);

    /**
     * The retention runs so far, newest first (operators only).
     *
     * @param page which page
     * @return a page of runs
     * @throws SecurityException when the caller is not an operator
     * @since 2.4
     */
    Page<RetentionRun> retentionRuns(PageRequest page);

    /**
     * One retention run with its report (operators only).
     *
     * @param id the run's number
     * @return the run
     * @throws nl.nts.platform.api.NotFoundException when there is no such run
     * @throws SecurityException when the caller is not an operator
     * @since 2.4
     */
    RetentionRun retentionRun(long id);
}
