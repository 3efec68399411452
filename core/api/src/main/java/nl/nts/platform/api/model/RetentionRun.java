package nl.nts.platform.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the personal data's retention ({@link nl.nts.platform.api.service.PersonalData#retain}):
 * per kind of personal data, the period configured, the day before which it was due, and what
 * was erased. It names records by id only: a report holds no personal data.
 *
 * @param id     the run's number
 * @param at     when it ran
 * @param by     who asked for it, or {@code retention-schedule} for a periodic run
 * @param dryRun true when it only counted what is due and erased nothing
 * @param kinds  one entry per kind of personal data with a retention period, in a fixed order
 * @since model 1.4
 */
public record RetentionRun(Long id, Instant at, String by, boolean dryRun, List<Kind> kinds) {

    /** The most record ids a kind lists; {@link Kind#records()} counts them all. */
    public static final int MOST_IDS = 1000;

    public RetentionRun {
        kinds = Copies.list(kinds);
    }

    /**
     * What one kind of personal data had due.
     *
     * @param kind       the kind: {@code workshop.participant.email} (a participant's e-mail address
     *                   and its basis), {@code workshop.participant.name} (a participant's name,
     *                   replaced by a pseudonym, with their role and any e-mail address left),
     *                   {@code input.contact} (a public-page contact: name, e-mail address, consent)
     * @param months     the retention period, in months after the workshop was held or the input
     *                   left; 0: kept without a period, nothing is due
     * @param before     what was held or left before this day was due; null when {@code months} is 0
     * @param values     how many values were erased (or, in a dry run, are due)
     * @param records    how many records held them (workshops or inputs); each went a version on,
     *                   and its copies in the audit trail were erased the same way
     * @param recordKind {@code workshop} or {@code input}
     * @param ids        the ids of those records, at most {@link RetentionRun#MOST_IDS}
     */
    public record Kind(String kind, int months, LocalDate before, int values, int records, String recordKind, List<Long> ids) {

        public Kind {
            ids = Copies.list(ids);
        }
    }
}
