package nl.nts.platform.api.model;

import java.util.List;

/**
 * A report format a plugin contributes.
 *
 * @param id            the format's id, e.g. {@code csv}
 * @param name          a name for people
 * @param mediaType     the media type it writes
 * @param fileExtension the file extension of a download
 * @param kinds         the reports it renders: {@code PLAN}, {@code AGENDA}, {@code WORKSHOP}
 * @param plugin        the id of the plugin contributing it
 * @param rom           the ROM it belongs to, or null for a national format
 */
public record ReportFormatInfo(String id, String name, String mediaType, String fileExtension, List<String> kinds, String plugin, String rom) {

    public ReportFormatInfo {
        kinds = List.copyOf(kinds);
    }
}
