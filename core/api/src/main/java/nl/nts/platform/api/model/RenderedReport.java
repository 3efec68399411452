package nl.nts.platform.api.model;

/**
 * A report rendered by a format.
 *
 * @param mediaType the format's media type
 * @param fileName  a file name for a download, e.g. {@code plan-21.csv}
 * @param content   the bytes
 */
public record RenderedReport(String mediaType, String fileName, byte[] content) {
}
