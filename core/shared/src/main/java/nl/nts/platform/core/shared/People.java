package nl.nts.platform.core.shared;

import java.util.List;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;

/**
 * The people who log in: the accounts of Karaf's realm {@code karaf}, changed through the
 * backing engine of its login module ({@code etc/users.properties} by default, or JDBC). A realm
 * without one (LDAP) keeps its accounts elsewhere: every call then fails with a
 * {@link ConflictException} on the field {@code realm} that says so.
 *
 * <p>Every rule is decided here, for every surface alike (REST, shell, web); who calls is the
 * caller the surface bound ({@link CallerScope}), never an argument:
 * <ul>
 * <li>{@code kia-operator} sees and manages everyone and grants any role;</li>
 * <li>{@code rom-admin:<ROM>} sees and manages only the people whose roles (groups' roles
 * included) are all {@code rom-member:<ROM>} or {@code rom-admin:<ROM>} of a ROM they
 * administer, at least one of them, and grants only those roles;</li>
 * <li>changes need a password login: an API token reads the list, it changes nobody;</li>
 * <li>nobody removes their own account, and no change leaves the realm without an account that
 * holds {@code kia-operator};</li>
 * <li>a user name is {@value #NAME_MIN} to {@value #NAME_MAX} characters of letters, digits and
 * {@code . _ @ -}, starting with a letter or digit, and unique ignoring case; a password is at
 * least {@value #PASSWORD_MIN} characters, at most {@value #PASSWORD_MAX_BYTES} bytes in UTF-8
 * (bcrypt reads no further), visible characters only, and not the user name.</li>
 * </ul>
 * Each change is an entry of the audit trail (kind {@code person}, the ROMs of the person's
 * roles as its owners) holding the person as listed: never a password or its hash. A removed
 * person's web sessions and API tokens stop at once; a session or token of a person whose roles
 * changed carries only the roles still held from its next request on.
 */
public interface People {

    /** The fewest characters of a user name. */
    int NAME_MIN = 2;
    /** The most characters of a user name. */
    int NAME_MAX = 64;
    /** The fewest characters of a password. */
    int PASSWORD_MIN = 10;
    /** The most bytes of a password in UTF-8: bcrypt ignores what follows. */
    int PASSWORD_MAX_BYTES = 72;

    /**
     * A person as listed: never a password or its hash.
     *
     * @param name       the user name they log in with
     * @param roles      the roles given to them directly, sorted
     * @param groups     the realm's groups they belong to, sorted; empty when none
     * @param groupRoles the roles those groups give them besides, sorted
     */
    record Person(String name, List<String> roles, List<String> groups, List<String> groupRoles) {

        public Person {
            roles = List.copyOf(roles);
            groups = List.copyOf(groups);
            groupRoles = List.copyOf(groupRoles);
        }
    }

    /**
     * A person just added or given a new password.
     *
     * @param person   the person as listed
     * @param password the password the platform generated, the only time it is shown; null when
     *                 the caller chose it
     */
    record Issued(Person person, String password) {

        @Override
        public String toString() {
            return "Issued[" + person + ", password=" + (password == null ? "chosen" : "<hidden>") + "]";
        }
    }

    /**
     * @return the people the caller may manage, by name
     * @throws SecurityException when the caller is neither an operator nor a ROM's admin
     */
    List<Person> list();

    /**
     * @throws NotFoundException when the realm has no such user
     * @throws SecurityException when the caller may not manage them
     */
    Person get(String name);

    /**
     * Adds a person.
     *
     * @param password their first password; null to have one generated (it is in the answer)
     * @param roles    the roles they get, each one the caller may grant (duplicates count once)
     * @throws ValidationException on the fields {@code name}, {@code password}, {@code roles[i]}
     * @throws ConflictException   when the name is taken (ignoring case)
     * @throws SecurityException   when the caller may not grant these roles
     */
    Issued add(String name, String password, List<String> roles);

    /**
     * Gives a person exactly these roles directly (roles through groups stay).
     *
     * @throws ConflictException when it would leave no account holding {@code kia-operator}
     */
    Person setRoles(String name, List<String> roles);

    /**
     * Gives a person a new password; it counts from their next login.
     *
     * @param password the new password; null to have one generated (it is in the answer)
     */
    Issued resetPassword(String name, String password);

    /**
     * Removes a person from the realm: their web sessions and API tokens stop at once.
     *
     * @throws ConflictException when it is the caller's own account or the last one holding
     *                           {@code kia-operator}
     */
    void remove(String name);

    /**
     * @return a number that changes with every change made here: what a surface remembers of a
     *         login (a Basic header it accepted) it may keep while this stays the same
     */
    long generation();
}
