package nl.nts.platform.api.model;

/**
 * A legal basis for keeping personal data (AVG, the Dutch GDPR, art. 6(1)): the platform keeps a
 * participant's e-mail address only with one stated ({@link Participant#emailBasis()}).
 *
 * @since model 1.4
 */
public enum LegalBasis {
    /** (a) the person agreed to it, for this purpose: ask, and keep when and how */
    CONSENT,
    /** (b) needed for a contract with the person */
    CONTRACT,
    /** (c) a law obliges the ROM or KIA to keep it */
    LEGAL_OBLIGATION,
    /** (d) needed to protect someone's life */
    VITAL_INTERESTS,
    /** (e) needed for a task in the public interest: the strategy's regional and national agendas */
    PUBLIC_TASK,
    /** (f) a legitimate interest that outweighs the person's (not open to public bodies for their public tasks) */
    LEGITIMATE_INTERESTS
}
