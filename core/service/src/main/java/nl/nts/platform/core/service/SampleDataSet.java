package nl.nts.platform.core.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.ValueChain;

/**
 * The sample data shipped in this bundle under {@code /sample}, written as JSON of the API's
 * own records, so that it goes through the same rules as any client's data.
 */
record SampleDataSet(List<ValueChain> valueChains, List<Organisation> organisations) {

    static SampleDataSet shipped() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new SampleDataSet(
                read(json, "value-chains.json", new TypeReference<List<ValueChain>>() { }),
                read(json, "organisations.json", new TypeReference<List<Organisation>>() { }));
    }

    private static <T> T read(ObjectMapper json, String file, TypeReference<T> type) {
        String path = "/sample/" + file;
        try (InputStream in = SampleDataSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
