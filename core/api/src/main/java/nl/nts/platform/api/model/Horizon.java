package nl.nts.platform.api.model;

/** When an action pays off: a short-term "low-hanging fruit" or part of the longer roadmap. */
public enum Horizon {
    SHORT_TERM,
    ROADMAP
}
