package nl.nts.platform.core.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.nts.platform.api.model.KeyTechnology;
import nl.nts.platform.api.model.Region;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.model.Theme;

/**
 * The reference files shipped inside this bundle, under {@code /reference}, as records.
 */
final class ShippedReferenceData {

    private ShippedReferenceData() {
    }

    static List<KeyTechnology> technologies() {
        return rows("key-technologies.csv").stream()
                .map(r -> new KeyTechnology(r.get("code"), r.get("name_en"), r.get("name_nl")))
                .toList();
    }

    static List<Rom> roms() {
        List<Rom> roms = new ArrayList<>();
        for (Map<String, String> r : rows("roms.csv")) {
            List<String> provinces = split(r.get("provinces"));
            List<String> nuts2 = split(r.get("nuts2_2024"));
            List<String> nuts2In2021 = split(r.get("nuts2_2021"));
            List<String> iso = split(r.get("iso3166_2"));
            if (nuts2.size() != provinces.size() || nuts2In2021.size() != provinces.size() || iso.size() != provinces.size()) {
                throw new IllegalStateException("roms.csv: ROM " + r.get("code") + " lists a different number of provinces and codes");
            }
            List<Region> regions = new ArrayList<>();
            for (int i = 0; i < provinces.size(); i++) {
                regions.add(new Region(provinces.get(i), nuts2.get(i), nuts2In2021.get(i), iso.get(i)));
            }
            roms.add(new Rom(r.get("code"), r.get("name"), regions));
        }
        return roms;
    }

    static List<Theme> themes() {
        return rows("input-themes.csv").stream()
                .map(r -> new Theme(r.get("code"), r.get("name"), r.get("example_from_the_field")))
                .toList();
    }

    /** Multi-valued cells separate their values with semicolons. */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static List<Map<String, String>> rows(String file) {
        String path = "/reference/" + file;
        try (InputStream in = ShippedReferenceData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return CsvTable.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
