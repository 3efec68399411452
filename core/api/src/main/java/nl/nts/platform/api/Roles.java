package nl.nts.platform.api;

/**
 * The roles the platform knows, named once for every surface (REST, shell, plugins) and for
 * the workflows plugins contribute. Roles come from Karaf's JAAS realm: users in
 * {@code etc/users.properties}, LDAP or JDBC, whatever the realm is configured with.
 *
 * <p>Who may change what, decided by the core's services for every caller:
 * <ul>
 * <li>{@value #OPERATOR} changes everything, including national records (value chains,
 * funding calls) and national plugins;</li>
 * <li>{@code rom-admin:<ROM>} and {@code rom-member:<ROM>} change only the records that ROM
 * owns, alone or jointly; the admin also manages the ROM's plugins, runs the connectors that run
 * for the ROM and reads its part of the audit trail;</li>
 * <li>{@value #INTEGRATOR} runs connectors, any ROM's too;</li>
 * <li>a plugin acts for the ROM its bundle declares (manifest header {@code NTS-Plugin-Rom}),
 * with the rights of that ROM's members; a national plugin (no such header, installed only
 * by an operator) acts for the national core.</li>
 * </ul>
 * Everybody reads the national picture.
 */
public final class Roles {

    /** KIA's operators of the national core. */
    public static final String OPERATOR = "kia-operator";

    /** Runs connectors to CRMs and funding databases. */
    public static final String INTEGRATOR = "integrator";

    /** The prefix of {@link #romAdmin}. */
    public static final String ROM_ADMIN_PREFIX = "rom-admin:";

    /** The prefix of {@link #romMember}. */
    public static final String ROM_MEMBER_PREFIX = "rom-member:";

    private Roles() {
    }

    /** @return the role of a ROM's administrators, e.g. {@code rom-admin:BOM} */
    public static String romAdmin(String rom) {
        return ROM_ADMIN_PREFIX + rom;
    }

    /** @return the role of a ROM's members, e.g. {@code rom-member:BOM} */
    public static String romMember(String rom) {
        return ROM_MEMBER_PREFIX + rom;
    }
}
