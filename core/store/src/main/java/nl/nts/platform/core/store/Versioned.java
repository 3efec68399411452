package nl.nts.platform.core.store;

/** A record with an id, a version for optimistic concurrency and a stamp. */
public interface Versioned {

    Long id();

    long version();

    StampValue stamp();
}
