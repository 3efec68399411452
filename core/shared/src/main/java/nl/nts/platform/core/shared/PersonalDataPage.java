package nl.nts.platform.core.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.nts.platform.api.model.PersonalDataCopy;
import nl.nts.platform.api.model.PersonalDataField;

/**
 * A copy of a person's data as a page a person reads (the right of access asks for a readable
 * form): what was looked for, then place by place why the platform keeps it and what it holds.
 * Every text is escaped; the page loads nothing.
 */
public final class PersonalDataPage {

    private PersonalDataPage() {
    }

    public static String html(PersonalDataCopy copy, List<PersonalDataField> fields) {
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Personal data held by nts-platform</title>")
                .append("<style>body{font-family:sans-serif;margin:2rem;max-width:60rem}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f4}")
                .append(".muted{color:#555}</style></head><body>\n<h1>Personal data held by nts-platform</h1>\n<p>Looked for: ");
        List<String> asked = new java.util.ArrayList<>();
        if (copy.name() != null) {
            asked.add("name " + copy.name());
        }
        if (copy.email() != null) {
            asked.add("e-mail address " + copy.email());
        }
        if (copy.user() != null) {
            asked.add("user name " + copy.user());
        }
        page.append(escape(String.join(", ", asked))).append(". Made at ").append(escape(String.valueOf(copy.madeAt()))).append(" by ")
                .append(escape(copy.madeBy())).append(copy.roms().isEmpty() ? ", in every record." : ", in the records of " + escape(String.join(", ", copy.roms())) + ".")
                .append(copy.complete() ? "" : " <strong>Not complete: some places held more than is listed.</strong>").append("</p>\n");
        Map<String, List<PersonalDataCopy.Finding>> byPlace = new LinkedHashMap<>();
        fields.forEach(f -> byPlace.put(f.place(), new java.util.ArrayList<>()));
        copy.findings().forEach(f -> byPlace.computeIfAbsent(f.place(), k -> new java.util.ArrayList<>()).add(f));
        for (PersonalDataField field : fields) {
            List<PersonalDataCopy.Finding> found = byPlace.get(field.place());
            page.append("<h2>").append(escape(field.holds())).append("</h2>\n<p class=\"muted\">Why: ").append(escape(field.purpose()))
                    .append(". Legal basis: ").append(escape(field.basis())).append(".</p>\n");
            if (found.isEmpty()) {
                page.append("<p>Nothing found.</p>\n");
                continue;
            }
            page.append("<table><thead><tr><th>Record</th><th>ROM</th><th>What it is</th><th>What it holds of yours</th></tr></thead><tbody>\n");
            for (PersonalDataCopy.Finding f : found) {
                page.append("<tr><td>").append(escape(f.kind() + (f.record() == null ? "" : " " + f.record()))).append("</td><td>")
                        .append(escape(f.rom() == null ? "" : f.rom())).append("</td><td>").append(escape(f.context() == null ? "" : f.context()))
                        .append("</td><td>");
                f.values().forEach((k, v) -> page.append(escape(k)).append(": ").append(escape(v)).append("<br>"));
                page.append("</td></tr>\n");
            }
            page.append("</tbody></table>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
