package nl.nts.platform.core.rest;

import java.util.Collection;
import java.util.logging.Logger;

import javax.ws.rs.core.SecurityContext;

/**
 * Who may change what. {@code kia-operator} changes everything. A ROM's users
 * ({@code rom-admin:<ROM>}, {@code rom-member:<ROM>}) change only records that ROM owns (alone
 * or jointly). National records (no owning ROM: value chains, funding calls, national
 * consortia) are the operator's. A refusal is a 403 and a line in the log; nothing is written.
 */
final class Tenancy {

    static final String OPERATOR = "kia-operator";
    private static final Logger LOG = Logger.getLogger(Tenancy.class.getName());

    private Tenancy() {
    }

    /** @throws SecurityException unless the caller may change records owned by these ROMs (none: national) */
    static void requireWrite(SecurityContext security, Collection<String> roms, String what) {
        if (security.isUserInRole(OPERATOR)) {
            return;
        }
        for (String rom : roms) {
            if (rom != null && (security.isUserInRole("rom-admin:" + rom) || security.isUserInRole("rom-member:" + rom))) {
                return;
            }
        }
        String who = Requests.caller(security);
        String owner = roms.isEmpty() ? "national records are for " + OPERATOR : "it belongs to " + String.join(", ", roms);
        LOG.info(() -> "Refused " + who + ": " + what + " (" + owner + ")");
        throw new SecurityException(who + " may not " + what + ": " + owner);
    }

    /** @throws SecurityException unless the caller holds one of these roles (or is an operator) */
    static void requireRole(SecurityContext security, String what, String... roles) {
        if (security.isUserInRole(OPERATOR)) {
            return;
        }
        for (String role : roles) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        String who = Requests.caller(security);
        LOG.info(() -> "Refused " + who + ": " + what);
        throw new SecurityException(who + " may not " + what + ": it needs the role " + String.join(" or ", roles)
                + (roles.length == 0 ? OPERATOR : " or " + OPERATOR));
    }
}
