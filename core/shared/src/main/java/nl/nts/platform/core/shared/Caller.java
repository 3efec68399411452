package nl.nts.platform.core.shared;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import nl.nts.platform.api.Roles;

/**
 * Who a call into the core's services runs for. The domain decides what a caller may do;
 * the surfaces (REST, shell, plugin host) only say who it is.
 *
 * @param kind  a user, a plugin, the core itself, or nobody logged in
 * @param name  the user's name, the plugin's id, or what the core is doing (e.g.
 *              {@code sample-data})
 * @param roles the user's roles as the realm gives them (groups expanded); empty for others
 * @param rom   the ROM a plugin acts for; null for a national plugin and for others
 * @param token the id of the API token a user logged in with; null for a password login and
 *              for others
 */
public record Caller(Kind kind, String name, Set<String> roles, String rom, Long token) {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Caller.class.getName());

    /** What kind of caller. */
    public enum Kind {
        USER, PLUGIN, SYSTEM, ANONYMOUS
    }

    public Caller {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (token != null && kind != Kind.USER) {
            throw new IllegalArgumentException("only a user logs in with an API token");
        }
    }

    public Caller(Kind kind, String name, Set<String> roles, String rom) {
        this(kind, name, roles, rom, null);
    }

    /** This user, as logged in with the API token {@code id}. */
    public Caller withToken(long id) {
        return new Caller(kind, name, roles, rom, id);
    }

    /** A user with the roles the realm gives them; blanks around role names are trimmed. */
    public static Caller user(String name, Collection<String> roles) {
        return new Caller(Kind.USER, name, roles.stream().map(String::strip).collect(java.util.stream.Collectors.toSet()), null);
    }

    /**
     * The user a JAAS subject of Karaf's realm stands for (a REST login, a shell session), with
     * its roles; empty when it names no user.
     */
    public static java.util.Optional<Caller> of(javax.security.auth.Subject subject) {
        if (subject == null) {
            return java.util.Optional.empty();
        }
        java.util.Optional<String> name = subject.getPrincipals(org.apache.karaf.jaas.boot.principal.UserPrincipal.class).stream()
                .map(java.security.Principal::getName).findFirst();
        java.util.Set<String> roles = subject.getPrincipals(org.apache.karaf.jaas.boot.principal.RolePrincipal.class).stream()
                .map(java.security.Principal::getName).collect(java.util.stream.Collectors.toSet());
        return name.map(user -> user(user, roles));
    }

    /** A plugin acting for its ROM ({@code rom} null: a national plugin). */
    public static Caller plugin(String id, String rom) {
        return new Caller(Kind.PLUGIN, id, Set.of(), rom == null || rom.isBlank() ? null : rom.strip());
    }

    /** The core itself, e.g. loading sample data or recording what Karaf did. */
    public static Caller system(String what) {
        return new Caller(Kind.SYSTEM, what, Set.of(), null);
    }

    /** Nobody logged in: reads public data, changes nothing. */
    public static Caller anonymous() {
        return new Caller(Kind.ANONYMOUS, "anonymous", Set.of(), null);
    }

    /**
     * Whether the caller holds a role. The core and national plugins hold every role; a ROM's
     * plugin holds that ROM's member role only (not {@code integrator}: it would start national
     * connectors, which write as their national plugin).
     */
    public boolean holds(String role) {
        return switch (kind) {
            case SYSTEM -> true;
            case USER -> roles.contains(role);
            case PLUGIN -> rom == null || role.equals(Roles.romMember(rom));
            case ANONYMOUS -> false;
        };
    }

    /** Whether the caller may change every record: an operator, the core, a national plugin. */
    public boolean national() {
        return holds(Roles.OPERATOR);
    }

    /** The ROMs a user administers ({@code rom-admin:<ROM>}); none for others. */
    public Set<String> administeredRoms() {
        return kind != Kind.USER ? Set.of() : roles.stream().filter(r -> r.startsWith(Roles.ROM_ADMIN_PREFIX))
                .map(r -> r.substring(Roles.ROM_ADMIN_PREFIX.length())).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the caller may change records of this ROM. */
    public boolean actsFor(String romCode) {
        return national() || holds(Roles.romAdmin(romCode)) || holds(Roles.romMember(romCode));
    }

    /**
     * Refuses a change unless the caller may change records owned by these ROMs: an operator
     * (or the core, or a national plugin) anything, a ROM's users and plugin what that ROM owns
     * alone or jointly. A national record (no owners) is the operator's; a shared record (an
     * organisation abroad) any ROM's.
     *
     * @param owners the ROMs that own the record as it is or will be stored
     * @param shared true when any ROM's users may change it
     * @param what   the change in words, e.g. {@code "change organisation 12"}
     * @throws SecurityException naming the owner, logged
     */
    public void requireWrite(Collection<String> owners, boolean shared, String what) {
        if (national() || (shared && kind != Kind.ANONYMOUS && (kind == Kind.PLUGIN || roles.stream().anyMatch(Caller::romRole)))) {
            return;
        }
        for (String owner : owners) {
            if (owner != null && actsFor(owner)) {
                return;
            }
        }
        String owner = owners.isEmpty() ? "national records are for " + Roles.OPERATOR : "it belongs to " + String.join(", ", owners);
        throw refused(what + ": " + owner);
    }

    /**
     * Refuses unless the caller holds one of the roles (an operator holds all of them).
     *
     * @throws SecurityException naming the roles needed, logged
     */
    public void requireRole(String what, String... anyOf) {
        if (national()) {
            return;
        }
        for (String role : anyOf) {
            if (holds(role)) {
                return;
            }
        }
        throw refused(what + ": it needs the role " + String.join(" or ", anyOf) + (anyOf.length == 0 ? Roles.OPERATOR : " or " + Roles.OPERATOR));
    }

    private SecurityException refused(String detail) {
        String message = this + " may not " + detail;
        LOG.info(() -> "Refused " + message);
        return new SecurityException(message);
    }

    private static boolean romRole(String role) {
        return role.startsWith(Roles.ROM_ADMIN_PREFIX) || role.startsWith(Roles.ROM_MEMBER_PREFIX);
    }

    /** Who made a change, as stamps and the audit trail keep it: the user, or {@code plugin:<id>}. */
    public String actor() {
        return kind == Kind.PLUGIN ? "plugin:" + name : name;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case USER -> name;
            case PLUGIN -> "plugin " + name + (rom == null ? " (national)" : " of " + rom);
            case SYSTEM -> "the core (" + name + ")";
            case ANONYMOUS -> "an anonymous caller";
        };
    }
}
