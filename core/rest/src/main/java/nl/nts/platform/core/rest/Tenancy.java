package nl.nts.platform.core.rest;

import java.util.logging.Logger;

import javax.ws.rs.core.SecurityContext;

import nl.nts.platform.api.Roles;

/**
 * Role checks of the REST API's own resources (the audit trail, API tokens). Who may change
 * which record is not decided here but by the core's services, for every surface alike.
 */
final class Tenancy {

    static final String OPERATOR = Roles.OPERATOR;
    private static final Logger LOG = Logger.getLogger(Tenancy.class.getName());

    private Tenancy() {
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
