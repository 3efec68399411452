package nl.nts.platform.core.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.Theme;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.TechnologyEntity;
import nl.nts.platform.core.store.Writes;

/**
 * Writes the reference data shipped in this bundle to the database on activation (so that
 * stored records can refer to it, and an upgrade of the core brings corrected names along),
 * then answers from memory: it never changes while the bundle runs.
 */
@Component(service = ReferenceData.class)
public class JpaReferenceData implements ReferenceData {

    private final Map<String, KeyTechnology> technologies;
    private final Map<String, Rom> roms;
    private final Map<String, Theme> themes;

    @Activate
    public JpaReferenceData(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa) {
        List<KeyTechnology> shippedTechnologies = ShippedReferenceData.technologies();
        List<Rom> shippedRoms = ShippedReferenceData.roms();
        jpa.tx(TransactionType.Required, em -> {
            shippedTechnologies.forEach(t -> em.merge(new TechnologyEntity(t)));
            shippedRoms.forEach(r -> em.merge(new RomEntity(r)));
        });
        this.technologies = byCode(shippedTechnologies, KeyTechnology::code);
        this.roms = byCode(shippedRoms, Rom::code);
        Map<String, Theme> shippedThemes = new LinkedHashMap<>();
        ShippedReferenceData.themes().forEach(t -> shippedThemes.put(t.code(), t));
        this.themes = java.util.Collections.unmodifiableMap(shippedThemes);
    }

    @Override
    public List<Theme> themes() {
        return List.copyOf(themes.values());
    }

    @Override
    public Optional<Theme> theme(String code) {
        return Optional.ofNullable(code == null ? null : themes.get(code));
    }

    @Override
    public List<KeyTechnology> technologies() {
        return List.copyOf(technologies.values());
    }

    @Override
    public Optional<KeyTechnology> technology(String code) {
        return Optional.ofNullable(code == null ? null : technologies.get(code));
    }

    @Override
    public List<Rom> roms() {
        return List.copyOf(roms.values());
    }

    @Override
    public Optional<Rom> rom(String code) {
        return Optional.ofNullable(code == null ? null : roms.get(code));
    }

    private static <T> Map<String, T> byCode(List<T> items, java.util.function.Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.stream().sorted(java.util.Comparator.comparing(code)).forEach(i -> map.put(code.apply(i), i));
        return java.util.Collections.unmodifiableMap(map);
    }
}
