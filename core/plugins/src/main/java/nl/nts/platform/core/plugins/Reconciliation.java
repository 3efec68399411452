package nl.nts.platform.core.plugins;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Version;

/**
 * What a start does about one plugin the database records as installed, given what this
 * runtime has installed and what its repositories offer. Never a downgrade: a recorded version
 * that is neither offered nor exceeded by one offered is missing, and the operator decides.
 */
final class Reconciliation {

    enum Step {
        /** installed here in the recorded version: nothing to do */
        KEEP,
        /** install the recorded version */
        INSTALL,
        /** the recorded version is not offered, a newer one is (a new distribution): install the newest */
        UPGRADE,
        /** neither the recorded version nor a newer one is offered: the plugin stays recorded, shown as MISSING */
        MISSING
    }

    /**
     * @param version the version to install (KEEP: the one installed); null for MISSING
     * @param message what the log says
     */
    record Decision(Step step, String version, String message) {
    }

    private Reconciliation() {
    }

    /**
     * @param recorded  the version the database records
     * @param installed the version installed here now, if any
     * @param offered   the versions the repositories offer
     */
    static Decision decide(String id, String recorded, Optional<String> installed, List<String> offered) {
        if (installed.isPresent() && sameVersion(installed.get(), recorded)) {
            return new Decision(Step.KEEP, installed.get(), "plugin " + id + " " + recorded + " is installed as recorded");
        }
        Optional<String> exact = offered.stream().filter(v -> sameVersion(v, recorded)).findFirst();
        if (exact.isPresent()) {
            return new Decision(Step.INSTALL, exact.get(), "plugin " + id + " " + recorded + " is recorded as installed: installing it");
        }
        Optional<String> newest = offered.stream().filter(v -> compare(v, recorded) > 0).max(Reconciliation::compare);
        if (newest.isPresent()) {
            return new Decision(Step.UPGRADE, newest.get(), "plugin " + id + " " + recorded + " is recorded as installed; this distribution offers "
                    + newest.get() + " instead: upgrading to it");
        }
        return new Decision(Step.MISSING, null, "plugin " + id + " " + recorded + " is recorded as installed, but the feature repositories offer "
                + (offered.isEmpty() ? "no version of it" : "only " + String.join(", ", offered))
                + ": it stays recorded and is shown as MISSING. Add a feature repository that offers it, install another version"
                + " (POST /api/plugins), or remove it (DELETE /api/plugins/" + id + ")");
    }

    static boolean sameVersion(String a, String b) {
        return compare(a, b) == 0;
    }

    /** Compares as OSGi versions (Maven's 1.0-SNAPSHOT is 1.0.0.SNAPSHOT); as text when either is none. */
    static int compare(String a, String b) {
        Optional<Version> va = parse(a);
        Optional<Version> vb = parse(b);
        return va.isPresent() && vb.isPresent() ? va.get().compareTo(vb.get()) : a.strip().compareTo(b.strip());
    }

    private static Optional<Version> parse(String version) {
        try {
            return Optional.of(Version.parseVersion(version.strip().replaceAll("-SNAPSHOT$", ".SNAPSHOT")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
