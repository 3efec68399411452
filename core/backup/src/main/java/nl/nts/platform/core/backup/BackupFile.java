package nl.nts.platform.core.backup;

/** The names and versions of the backup file's format: a zip of one JSON Lines entry per table and a manifest. */
final class BackupFile {

    /** What the manifest's {@code format} says. */
    static final String FORMAT = "nts-platform-backup";
    /** Raised on a change a reader of the old format cannot read; a reader reads every version up to its own. */
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.json";
    static final String TABLES = "tables/";
    static final String SUFFIX = ".jsonl";

    private BackupFile() {
    }

    static String entry(String table) {
        return TABLES + table + SUFFIX;
    }
}
