package nl.nts.platform.api.model;

import java.time.Instant;
import java.util.Map;

/**
 * What an erasure of a person changed ({@link nl.nts.platform.api.service.PersonalData#erase}).
 *
 * @param at        when
 * @param by        who erased
 * @param pseudonym the name the person's name and user name became
 * @param changed   how many rows or entries each place had changed, by {@link PersonalDataField#place()}; a place with none is left out
 * @since model 1.3
 */
public record PersonalDataErasure(Instant at, String by, String pseudonym, Map<String, Integer> changed) {

    public PersonalDataErasure {
        changed = changed == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changed));
    }
}
