package nl.nts.platform.core.shared;

/**
 * Registered once the work of a first start is done (the sample data loaded into a new
 * database, where configured): the REST API waits for it, so that its first answer already
 * shows what a first start promises.
 */
public interface FirstStart {
}
