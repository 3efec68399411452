package nl.nts.platform.api.model;

/** What kind of party an organisation is in the NTS dialogue. */
public enum OrganisationKind {
    SME,
    START_UP,
    SCALE_UP,
    LARGE_COMPANY,
    KNOWLEDGE_INSTITUTION,
    GOVERNMENT,
    INVESTOR,
    INTERMEDIARY
}
