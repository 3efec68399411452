package nl.nts.platform.api.service;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.ConflictException;

/**
 * The realistic sample data set that ships with the core: value chains with their segments,
 * organisations across the chains and regions, and (as the model grows) the Eindhoven
 * workshop of 7 May 2025 with its inputs and the reinforcement plan that answers them.
 *
 * <p>By default the core loads it on the first start of a new database (configuration
 * {@code nl.nts.platform.sampledata}, property {@code loadOnFirstStart}). It is never loaded
 * into a database that holds data.
 */
@ProviderType
public interface SampleData {

    /**
     * Loads the sample data into an empty database, all or nothing.
     *
     * @return how many records of each kind were loaded, e.g. {@code {"value chains": 14}}
     * @throws ConflictException when the database holds data already (field {@code database})
     * @throws SecurityException when the caller is not an operator
     */
    Map<String, Integer> loadIntoEmptyDatabase();
}
