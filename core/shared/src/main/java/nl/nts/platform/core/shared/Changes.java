package nl.nts.platform.core.shared;

/**
 * Tells whether anything was written since a moment: for surfaces that keep answers (the REST
 * API keeps the national picture) and must give a correct answer after every write, on every
 * node of a cluster that shares one database.
 */
public interface Changes {

    /**
     * @return a text that differs from every earlier one once a write has committed, on this
     *         node or another; equal texts mean nothing was written in between. Read from the
     *         database (one small query), or, where only this runtime can write the database
     *         (embedded H2), counted in memory by the writes themselves.
     */
    String mark();
}
