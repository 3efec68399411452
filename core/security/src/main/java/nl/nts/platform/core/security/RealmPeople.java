package nl.nts.platform.core.security;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.jaas.boot.principal.GroupPrincipal;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Roles;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.api.model.Rom;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.Codes;
import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.store.Audit;

/**
 * The people of the realm {@code karaf}, changed through its backing engine ({@link RealmAccounts}).
 * Changes are made one at a time (two engines reading and writing the same file would lose one
 * of them), each inside the transaction of its audit entry: the entry is written first, then the
 * realm is changed and read back, so a change the realm did not keep (the properties engine only
 * logs a file it cannot write) rolls the entry back and fails the call. After every change the
 * caches of the realm's answers (web sessions, API tokens, the REST API's remembered logins) ask
 * again ({@link RealmAccounts#changed}).
 */
@Component(service = People.class)
public class RealmPeople implements People {

    static final String KIND = "person";
    static final String ELSEWHERE = "the realm karaf has no account store the platform can change (its login module keeps the accounts"
            + " elsewhere, e.g. in LDAP): manage people there";
    private static final Logger LOG = Logger.getLogger(RealmPeople.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]*");
    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]*");
    private static final int ROLE_MAX = 100;
    /** The prefix (and suffix) etc/org.apache.karaf.jaas.cfg marks a stored hash with: a password so marked would be kept as is. */
    private static final String HASH_MARK = "{CRYPT}";

    private final JpaTemplate jpa;
    private final RealmAccounts accounts;
    private final CallerScope scope;
    private final Predicate<String> knownRom;
    private final Clock clock = Clock.systemUTC();
    private final Object changing = new Object();

    @Activate
    public RealmPeople(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, @Reference RealmAccounts accounts,
            @Reference CallerScope scope, @Reference ReferenceData reference) {
        this(jpa, accounts, scope, code -> reference.roms().stream().map(Rom::code).anyMatch(code::equals));
    }

    RealmPeople(JpaTemplate jpa, RealmAccounts accounts, CallerScope scope, Predicate<String> knownRom) {
        this.jpa = jpa;
        this.accounts = accounts;
        this.scope = scope;
        this.knownRom = knownRom;
    }

    /** An account as the realm lists it: the person, and the role names exactly as written (the properties file keeps blanks). */
    private record Account(Person person, List<String> written) {

        Set<String> allRoles() {
            Set<String> all = new TreeSet<>(person.roles());
            all.addAll(person.groupRoles());
            return all;
        }
    }

    @Override
    public List<Person> list() {
        Caller caller = caller();
        requireManager(caller, "see the people of the realm");
        return read(engine()).values().stream().filter(a -> manages(caller, a.allRoles())).map(Account::person).toList();
    }

    @Override
    public Person get(String name) {
        Caller caller = caller();
        requireManager(caller, "see the people of the realm");
        Account account = find(read(engine()), name);
        requireManages(caller, account, "see");
        return account.person();
    }

    @Override
    public Issued add(String name, String password, List<String> roles) {
        Caller caller = caller();
        requireChanger(caller, "add people");
        List<Violation> violations = new ArrayList<>();
        String user = name(name, violations);
        boolean generated = password == null;
        String secret = generated ? FirstStartAdmin.generate() : password;
        if (!generated) {
            checkPassword(secret, user, violations);
        }
        Set<String> granted = roles(caller, roles, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        requireGrantable(caller, granted);
        synchronized (changing) {
            BackingEngine engine = engine();
            Map<String, Account> realm = read(engine);
            realm.keySet().stream().filter(user::equalsIgnoreCase).findFirst().ifPresent(taken -> {
                throw new ConflictException("name", "the realm has a user named '" + taken + "'" + (taken.equals(user) ? "" : " (names are unique ignoring case)"));
            });
            Person after = new Person(user, List.copyOf(granted), List.of(), List.of());
            change(caller, "create", user, null, after, e -> {
                e.addUser(user, secret);
                granted.forEach(role -> e.addRole(user, role));
            }, e -> e.deleteUser(user));
            LOG.info(() -> caller.actor() + " added the person " + user + " with the roles " + granted);
            return new Issued(after, generated ? secret : null);
        }
    }

    @Override
    public Person setRoles(String name, List<String> roles) {
        Caller caller = caller();
        requireChanger(caller, "change the roles of people");
        List<Violation> violations = new ArrayList<>();
        Set<String> wanted = roles(caller, roles, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        synchronized (changing) {
            BackingEngine engine = engine();
            Map<String, Account> realm = read(engine);
            Account account = find(realm, name);
            requireManages(caller, account, "change the roles of");
            requireGrantable(caller, wanted);
            Person before = account.person();
            Set<String> groupRoles = new TreeSet<>(before.groupRoles());
            List<String> direct = new ArrayList<>(wanted);
            direct.removeAll(groupRoles);
            Person after = new Person(before.name(), direct, before.groups(), before.groupRoles());
            if (after.equals(before)) {
                return before;
            }
            Set<String> afterAll = new TreeSet<>(wanted);
            afterAll.addAll(groupRoles);
            requireOperatorLeft(realm, before.name(), afterAll, "roles");
            List<String> dropped = account.written().stream().filter(w -> !wanted.contains(w.strip()) && !groupRoles.contains(w.strip())).toList();
            List<String> added = direct.stream().filter(r -> !before.roles().contains(r)).toList();
            change(caller, "update", before.name(), before, after, e -> {
                dropped.forEach(w -> e.deleteRole(before.name(), w));
                added.forEach(r -> e.addRole(before.name(), r));
            }, e -> {
                added.forEach(r -> e.deleteRole(before.name(), r));
                dropped.forEach(w -> e.addRole(before.name(), w));
            });
            LOG.info(() -> caller.actor() + " gave " + before.name() + " the roles " + direct + " (were " + before.roles() + ")");
            return after;
        }
    }

    @Override
    public Issued resetPassword(String name, String password) {
        Caller caller = caller();
        requireChanger(caller, "set the passwords of people");
        synchronized (changing) {
            BackingEngine engine = engine();
            Account account = find(read(engine), name);
            requireManages(caller, account, "set the password of");
            String user = account.person().name();
            boolean generated = password == null;
            String secret = generated ? FirstStartAdmin.generate() : password;
            if (!generated) {
                List<Violation> violations = new ArrayList<>();
                checkPassword(secret, user, violations);
                if (!violations.isEmpty()) {
                    throw new ValidationException(violations);
                }
            }
            // the engine replaces the password and keeps the roles; an old hash cannot be put back, so there is no undo
            change(caller, "password-reset", user, account.person(), account.person(), e -> e.addUser(user, secret), null);
            LOG.info(() -> caller.actor() + " set a new password for " + user);
            return new Issued(account.person(), generated ? secret : null);
        }
    }

    @Override
    public void remove(String name) {
        Caller caller = caller();
        requireChanger(caller, "remove people");
        synchronized (changing) {
            BackingEngine engine = engine();
            Map<String, Account> realm = read(engine);
            Account account = find(realm, name);
            requireManages(caller, account, "remove");
            String user = account.person().name();
            if (caller.kind() == Caller.Kind.USER && caller.name().equals(user)) {
                throw new ConflictException("name", "you cannot remove your own account; another operator"
                        + (caller.administeredRoms().isEmpty() ? "" : " or admin of your ROM") + " can");
            }
            requireOperatorLeft(realm, user, Set.of(), "name");
            change(caller, "delete", user, account.person(), null, e -> e.deleteUser(user), null);
            LOG.info(() -> caller.actor() + " removed the person " + user);
        }
    }

    @Override
    public long generation() {
        return accounts.generation();
    }

    /**
     * Writes the audit entry, changes the realm, and reads it back, in one transaction: when the realm
     * does not show {@code after}, or the transaction fails after the change, {@code undo} (when there is
     * one) puts back what it can and the call fails.
     */
    private void change(Caller caller, String action, String user, Person before, Person after, Consumer<BackingEngine> apply,
            Consumer<BackingEngine> undo) {
        Instant now = clock.instant();
        Set<String> roms = new TreeSet<>();
        roms.addAll(roms(before));
        roms.addAll(roms(after));
        engine(); // refused at once when the realm keeps its accounts elsewhere (LDAP)
        boolean[] applied = {false};
        try {
            jpa.tx(TransactionType.Required, em -> {
                Audit.record(em, now, caller.actor(), action, KIND, user, roms, before, after);
                em.flush();
                applied[0] = true;
                accounts.change(apply);
                Account kept = read(engine()).get(user);
                Person shown = kept == null ? null : kept.person();
                if (!java.util.Objects.equals(shown, after)) {
                    throw new IllegalStateException("the realm did not keep the change of " + user + " (" + action + "): it lists " + shown
                            + "; is its file writable? See the log of org.apache.karaf.jaas");
                }
            });
        } catch (RuntimeException e) {
            if (applied[0] && undo != null) {
                try {
                    accounts.change(undo);
                } catch (RuntimeException second) {
                    e.addSuppressed(second);
                }
            }
            LOG.log(Level.WARNING, "A change of the person " + user + " (" + action + ") failed", e);
            throw e;
        } finally {
            accounts.changed();
        }
    }

    /** The ROMs a person's roles name: the owners of their audit entries, so that those ROMs' admins read them. */
    private static Set<String> roms(Person person) {
        if (person == null) {
            return Set.of();
        }
        Set<String> roms = new TreeSet<>();
        for (String role : concat(person.roles(), person.groupRoles())) {
            rom(role).ifPresent(roms::add);
        }
        return roms;
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The ROM a {@code rom-admin:} or {@code rom-member:} role is for. */
    private static Optional<String> rom(String role) {
        for (String prefix : List.of(Roles.ROM_ADMIN_PREFIX, Roles.ROM_MEMBER_PREFIX)) {
            if (role.startsWith(prefix)) {
                return Optional.of(role.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    private BackingEngine engine() {
        return accounts.engine().orElseThrow(() -> new ConflictException("realm", ELSEWHERE));
    }

    /** Every account of the realm by name, its roles trimmed ({@code name = pw, role} lists {@code " role"}). */
    private static Map<String, Account> read(BackingEngine engine) {
        Map<String, Account> accounts = new TreeMap<>();
        for (UserPrincipal user : engine.listUsers()) {
            List<String> written = engine.listRoles(user).stream().map(Principal::getName).toList();
            Set<String> groups = new TreeSet<>();
            Set<String> groupRoles = new TreeSet<>();
            for (GroupPrincipal group : engine.listGroups(user)) {
                groups.add(group.getName());
                try {
                    engine.listRoles(group).stream().map(RolePrincipal::getName).map(String::strip).forEach(groupRoles::add);
                } catch (RuntimeException e) {
                    // the properties engine fails on a group the file names but does not define: it gives no roles
                    LOG.fine(() -> "The group " + group.getName() + " of " + user.getName() + " has no entry in the realm");
                }
            }
            Set<String> direct = written.stream().map(String::strip).filter(r -> !groupRoles.contains(r) && !r.startsWith(BackingEngine.GROUP_PREFIX))
                    .collect(Collectors.toCollection(TreeSet::new));
            accounts.put(user.getName(), new Account(new Person(user.getName(), List.copyOf(direct), List.copyOf(groups), List.copyOf(groupRoles)), written));
        }
        return accounts;
    }

    private static Account find(Map<String, Account> realm, String name) {
        String user = name == null ? "" : name.strip();
        Account account = realm.get(user);
        if (account == null) {
            throw new NotFoundException(KIND, Codes.abbreviate(user).replaceAll("\\p{C}", "?"));
        }
        return account;
    }

    /** The name as stored: stripped, {@value People#NAME_MIN} to {@value People#NAME_MAX} characters of a safe set. */
    private static String name(String name, List<Violation> violations) {
        String user = name == null ? "" : name.strip();
        if (user.isEmpty()) {
            violations.add(new Violation("name", "is required: the user name the person logs in with, e.g. jan.devries"));
        } else if (user.length() < NAME_MIN || user.length() > NAME_MAX) {
            violations.add(new Violation("name", "is " + user.length() + " characters long; " + NAME_MIN + " to " + NAME_MAX + " are allowed"));
        } else if (!NAME.matcher(user).matches()) {
            violations.add(new Violation("name", "may hold only letters, digits and . _ @ - and starts with a letter or digit"));
        }
        return user;
    }

    private void checkPassword(String password, String user, List<Violation> violations) {
        int length = password.codePointCount(0, password.length());
        int invisible = Codes.firstInvisible(password);
        if (length < PASSWORD_MIN) {
            violations.add(new Violation("password", "is " + length + " characters long; at least " + PASSWORD_MIN + " are needed"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            violations.add(new Violation("password", "is " + password.getBytes(StandardCharsets.UTF_8).length + " bytes long in UTF-8; at most "
                    + PASSWORD_MAX_BYTES + " count (bcrypt reads no further), so choose a shorter one"));
        } else if (invisible >= 0) {
            violations.add(new Violation("password", "holds the control character " + Codes.codePoint(password, invisible) + " at position "
                    + (invisible + 1) + "; use visible characters"));
        } else if (password.strip().equalsIgnoreCase(user)) {
            violations.add(new Violation("password", "is the user name; choose another"));
        } else if (password.contains(HASH_MARK)) {
            violations.add(new Violation("password", "holds " + HASH_MARK + ", which the realm takes for the mark of a stored hash; choose another"));
        } else if (password.contains(",") && !accounts.hashesPasswords()) {
            violations.add(new Violation("password", "holds a comma: the realm keeps passwords as written, before a comma-separated list of"
                    + " roles; choose one without"));
        }
    }

    /** The roles asked for, trimmed, each well formed and each ROM role naming a ROM; duplicates count once. */
    private Set<String> roles(Caller caller, List<String> roles, List<Violation> violations) {
        Set<String> valid = new LinkedHashSet<>();
        if (roles == null) {
            violations.add(new Violation("roles", "is required: a list of roles, e.g. [\"rom-member:BOM\"]" + (caller.national() ? " (or [] for none)" : "")));
            return valid;
        }
        for (int i = 0; i < roles.size(); i++) {
            String field = "roles[" + i + "]";
            String role = roles.get(i) == null ? "" : roles.get(i).strip();
            Optional<String> rom = rom(role);
            if (role.isEmpty()) {
                violations.add(new Violation(field, "is blank: name a role, e.g. rom-member:BOM"));
            } else if (role.length() > ROLE_MAX || !ROLE.matcher(role).matches()) {
                violations.add(new Violation(field, "'" + Codes.abbreviate(role).replaceAll("\\p{C}", "?")
                        + "' is no role name: letters, digits and . _ : @ - , at most " + ROLE_MAX + " characters"));
            } else if (rom.isPresent() && !knownRom.test(rom.get())) {
                violations.add(new Violation(field, "'" + role + "' names no ROM of the platform (GET /api/roms lists them)"));
            } else {
                valid.add(role);
            }
        }
        if (violations.isEmpty() && valid.isEmpty() && !caller.national()) {
            violations.add(new Violation("roles", "names no role: a ROM's admin gives each person at least one role of their ROM, e.g. "
                    + Roles.romMember(caller.administeredRoms().stream().sorted().findFirst().orElse("BOM"))));
        }
        return new TreeSet<>(valid);
    }

    private Caller caller() {
        return scope.current().orElseThrow(() -> refused("no caller is known for this call of the people service; the core refuses it"));
    }

    /** Operators and ROM admins only. */
    private static void requireManager(Caller caller, String what) {
        if (!caller.national() && caller.administeredRoms().isEmpty()) {
            throw refused(caller + " may not " + what + ": it needs the role " + Roles.OPERATOR + " or " + Roles.ROM_ADMIN_PREFIX + "<ROM>");
        }
    }

    /** A manager logged in with a password: a token (which may leak) reads, but makes no accounts. */
    private static void requireChanger(Caller caller, String what) {
        requireManager(caller, what);
        if (caller.token() != null) {
            throw refused(caller + " may not " + what + " with an API token: log in with your password");
        }
    }

    /** Whether the caller manages a person with these roles: an operator anyone, a ROM's admin those wholly of their ROMs. */
    private static boolean manages(Caller caller, Set<String> roles) {
        return caller.national() || (!roles.isEmpty() && roles.stream().allMatch(r -> withinAdministered(caller, r)));
    }

    private static boolean withinAdministered(Caller caller, String role) {
        return rom(role).filter(caller.administeredRoms()::contains).isPresent();
    }

    private static void requireManages(Caller caller, Account account, String verb) {
        if (!manages(caller, account.allRoles())) {
            throw refused(caller + " may not " + verb + " " + account.person().name() + ": they hold roles outside "
                    + String.join(", ", new TreeSet<>(caller.administeredRoms())) + ", and a ROM's admins manage only people whose roles are all"
                    + " rom-member or rom-admin of their ROM");
        }
    }

    private static void requireGrantable(Caller caller, Set<String> roles) {
        List<String> refused = roles.stream().filter(r -> !caller.national() && !withinAdministered(caller, r)).toList();
        if (!refused.isEmpty()) {
            String own = caller.administeredRoms().stream().sorted().map(rom -> Roles.romMember(rom) + " and " + Roles.romAdmin(rom))
                    .collect(Collectors.joining(", "));
            throw refused(caller + " may not grant " + String.join(", ", refused) + ": a ROM's admin grants only " + own);
        }
    }

    /** Refuses a change that leaves no account holding kia-operator (the realm could then be managed by nobody). */
    private static void requireOperatorLeft(Map<String, Account> realm, String user, Set<String> rolesAfter, String field) {
        boolean held = realm.get(user).allRoles().contains(Roles.OPERATOR);
        boolean others = realm.values().stream().anyMatch(a -> !a.person().name().equals(user) && a.allRoles().contains(Roles.OPERATOR));
        if (held && !rolesAfter.contains(Roles.OPERATOR) && !others) {
            throw new ConflictException(field, user + " is the last account holding " + Roles.OPERATOR
                    + "; give that role to another account first, or nobody could manage the platform");
        }
    }

    private static SecurityException refused(String message) {
        LOG.info(() -> "Refused: " + message);
        return new SecurityException(message);
    }
}
