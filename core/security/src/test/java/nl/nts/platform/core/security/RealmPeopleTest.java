package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.People.Issued;
import nl.nts.platform.core.shared.People.Person;
import nl.nts.platform.core.store.AuditEntryEntity;

/**
 * The rules of managing people, decided by the service for the caller bound, on Karaf's real
 * properties backing engine over a users file of its own (written as Karaf writes it: blanks
 * after commas, a group). The persistence unit is an in-memory stand-in that keeps the audit
 * entries of transactions that commit and drops those of transactions that fail.
 */
class RealmPeopleTest {

    @TempDir
    Path dir;

    private static final Caller OPERATOR = Caller.user("kia", Set.of("kia-operator"));
    private static final Caller BOM_ADMIN = Caller.user("bom-admin", Set.of("rom-admin:BOM", "rom-member:BOM"));
    private static final Caller BOM_MEMBER = Caller.user("bom-member", Set.of("rom-member:BOM"));

    private final JpaApiTokensTest.Scope scope = new JpaApiTokensTest.Scope();
    private final Audits audits = new Audits();
    private Path users;
    private RealmAccounts accounts;
    private RealmPeople people;
    private volatile boolean unwritable;

    private void realm(String... lines) throws IOException {
        users = dir.resolve("users.properties");
        Files.write(users, List.of(lines), StandardCharsets.UTF_8);
        accounts = new RealmAccounts();
        PropertiesBackingEngineFactory real = new PropertiesBackingEngineFactory();
        accounts.addFactory(new BackingEngineFactory() {
            @Override
            public String getModuleClass() {
                return real.getModuleClass();
            }

            @Override
            public BackingEngine build(Map<String, ?> options) {
                BackingEngine engine = real.build(options);
                // a file it cannot write, the properties engine only logs: its writes then change nothing
                return !unwritable ? engine : (BackingEngine) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {BackingEngine.class}, (self, method, args) -> method.getName().startsWith("list")
                                || method.getName().startsWith("lookup") ? method.invoke(engine, args) : null);
            }
        });
        accounts.addRealm(JpaApiTokensTest.realm(real.getModuleClass(), Map.of("users", users.toString())));
        people = new RealmPeople(audits.template(), accounts, scope, Set.of("BOM", "LIOF")::contains);
    }

    private void demo() throws IOException {
        realm("admin = secret-admin, kia-operator, ssh",
                "kia = kia-demo, kia-operator",
                "bom-admin = bom-admin-demo, rom-admin:BOM, rom-member:BOM",
                "bom-member = bom-member-demo, rom-member:BOM",
                "liof-member = liof-member-demo, rom-member:LIOF",
                "liof-admin = liof-admin-demo, rom-admin:LIOF, rom-member:LIOF, liof-advisory-board",
                "analyst = analyst-pw,_g_:bom-readers", // Karaf writes groups without a blank (it reads none before one)
                "_g_\\:bom-readers = group, rom-member:BOM");
    }

    private String file() throws IOException {
        return Files.readString(users);
    }

    @Test
    void anOperatorSeesEveryoneWithTrimmedRolesAndGroupsAndNeverAPassword() throws IOException {
        demo();
        List<Person> all = scope.as(OPERATOR, people::list);
        assertEquals(List.of("admin", "analyst", "bom-admin", "bom-member", "kia", "liof-admin", "liof-member"), all.stream().map(Person::name).toList());
        assertEquals(new Person("bom-admin", List.of("rom-admin:BOM", "rom-member:BOM"), List.of(), List.of()), all.get(2));
        assertEquals(new Person("analyst", List.of(), List.of("bom-readers"), List.of("rom-member:BOM")), all.get(1));
        assertFalse(all.toString().contains("demo"), all.toString());
    }

    @Test
    void aRomAdminSeesOnlyPeopleWhollyOfTheirRom() throws IOException {
        demo();
        // liof-admin holds a role outside LIOF; the analyst is BOM's through a group
        assertEquals(List.of("analyst", "bom-admin", "bom-member"), scope.as(BOM_ADMIN, people::list).stream().map(Person::name).toList());
        assertEquals(List.of("liof-member"), scope.as(Caller.user("liof-admin", Set.of("rom-admin:LIOF", "rom-member:LIOF")), people::list)
                .stream().map(Person::name).toList());
        SecurityException e = assertThrows(SecurityException.class, () -> scope.as(BOM_ADMIN, () -> people.get("liof-member")));
        assertTrue(e.getMessage().contains("outside BOM"), e.getMessage());
        assertThrows(NotFoundException.class, () -> scope.as(BOM_ADMIN, () -> people.get("nobody")));
    }

    @Test
    void membersTokensAndNobodyManageNoOne() throws IOException {
        demo();
        for (Caller caller : List.of(BOM_MEMBER, Caller.user("integrator", Set.of("integrator")), Caller.anonymous(), Caller.plugin("rom-bom", "BOM"))) {
            SecurityException e = assertThrows(SecurityException.class, () -> scope.as(caller, people::list), caller.toString());
            assertTrue(e.getMessage().contains("kia-operator or rom-admin:<ROM>"), e.getMessage());
        }
        assertThrows(SecurityException.class, people::list, "no caller bound");
        // a token reads, and changes nobody
        assertEquals(7, scope.as(OPERATOR.withToken(3), people::list).size());
        SecurityException e = assertThrows(SecurityException.class,
                () -> scope.as(OPERATOR.withToken(3), () -> people.add("new-one", "long-enough-pw", List.of())));
        assertTrue(e.getMessage().contains("API token"), e.getMessage());
        assertThrows(SecurityException.class, () -> scope.as(OPERATOR.withToken(3), () -> people.resetPassword("bom-member", null)));
        assertTrue(audits.entries.isEmpty());
    }

    @Test
    void aRomAdminAddsAMemberOfTheirRomAndTheEntryIsAuditedWithoutThePassword() throws IOException {
        demo();
        Issued issued = scope.as(BOM_ADMIN, () -> people.add("  jan.devries@bom ", "correct horse battery", List.of(" rom-member:BOM", "rom-member:BOM")));
        assertEquals(new Person("jan.devries@bom", List.of("rom-member:BOM"), List.of(), List.of()), issued.person());
        assertNull(issued.password(), "a chosen password is not echoed");
        assertTrue(file().contains("jan.devries@bom"), file());
        assertEquals(issued.person(), scope.as(BOM_ADMIN, () -> people.get("jan.devries@bom")));

        Audit entry = audits.entries.get(0);
        assertEquals(List.of("bom-admin", "create", "person", "jan.devries@bom", ",BOM,"), List.of(entry.actor, entry.action, entry.kind, entry.record, entry.roms));
        assertNull(entry.before);
        assertTrue(entry.after.contains("\"roles\":[\"rom-member:BOM\"]"), entry.after);
        assertFalse(entry.toString().contains("horse"), entry.toString());
    }

    @Test
    void aGeneratedPasswordIsShownOnceAndKeptOnlyInTheRealm() throws IOException {
        demo();
        Issued issued = scope.as(OPERATOR, () -> people.add("ops2", null, List.of("kia-operator", "ssh")));
        assertEquals(20, issued.password().length());
        assertFalse(issued.toString().contains(issued.password()));
        assertTrue(file().contains(issued.password()), "this realm keeps passwords as written (no encryption configured)");
        assertFalse(audits.entries.get(0).toString().contains(issued.password()));
        Issued reset = scope.as(OPERATOR, () -> people.resetPassword("ops2", null));
        assertNotEquals(issued.password(), reset.password());
        assertFalse(file().contains(issued.password()));
        assertTrue(file().contains(reset.password()));
        assertTrue(file().matches("(?s).*ops2 ?=[^\n]*kia-operator.*"), "the roles stay: " + file());
        assertEquals("password-reset", audits.entries.get(1).action);
        assertFalse(audits.entries.get(1).toString().contains(reset.password()));
    }

    @Test
    void aRomAdminCannotTouchAnotherRomsPeopleNorGrantOtherRoles() throws IOException {
        demo();
        String before = file();
        for (Runnable attempt : List.<Runnable>of(
                () -> people.setRoles("liof-member", List.of("rom-member:BOM")),
                () -> people.resetPassword("liof-member", "a-new-long-password"),
                () -> people.remove("liof-member"),
                () -> people.remove("kia"),
                () -> people.add("sneaky", "a-new-long-password", List.of("kia-operator")),
                () -> people.add("sneaky", "a-new-long-password", List.of("rom-member:BOM", "rom-member:LIOF")),
                () -> people.setRoles("bom-member", List.of("rom-member:BOM", "kia-operator")))) {
            SecurityException e = assertThrows(SecurityException.class, () -> scope.run(BOM_ADMIN, attempt));
            assertTrue(e.getMessage().startsWith("bom-admin may not"), e.getMessage());
        }
        SecurityException grant = assertThrows(SecurityException.class,
                () -> scope.as(BOM_ADMIN, () -> people.add("sneaky", "a-new-long-password", List.of("kia-operator"))));
        assertEquals("bom-admin may not grant kia-operator: a ROM's admin grants only rom-member:BOM and rom-admin:BOM", grant.getMessage());
        assertEquals(before, file());
        assertTrue(audits.entries.isEmpty());
    }

    @Test
    void settingRolesKeepsTheFilesOtherRolesAndGroupsAndMovesOnlyWhatChanged() throws IOException {
        demo();
        Person promoted = scope.as(BOM_ADMIN, () -> people.setRoles("bom-member", List.of("rom-member:BOM", "rom-admin:BOM")));
        assertEquals(List.of("rom-admin:BOM", "rom-member:BOM"), promoted.roles());
        // a role written with a blank before it (' rom-member:BOM') is removed too
        Person demoted = scope.as(OPERATOR, () -> people.setRoles("bom-admin", List.of("rom-member:BOM")));
        assertEquals(List.of("rom-member:BOM"), demoted.roles());
        assertFalse(file().matches("(?s).*bom-admin = [^\n]*rom-admin.*"), file());
        // the group stays; its role needs no direct grant
        Person analyst = scope.as(OPERATOR, () -> people.setRoles("analyst", List.of("rom-member:BOM", "integrator")));
        assertEquals(new Person("analyst", List.of("integrator"), List.of("bom-readers"), List.of("rom-member:BOM")), analyst);
        Audit update = audits.entries.get(0);
        assertEquals("update", update.action);
        assertEquals("roles", update.changed);
        // the same roles again change nothing and write no entry
        int entries = audits.entries.size();
        scope.as(OPERATOR, () -> people.setRoles("analyst", List.of("integrator")));
        assertEquals(entries, audits.entries.size());
    }

    @Test
    void theLastOperatorStaysAndNobodyRemovesThemselves() throws IOException {
        // (the realm always has an admin: RealmAccounts creates it on the first start)
        realm("admin = admin-password, kia-operator", "bom-admin = bom-admin-demo, rom-admin:BOM, rom-member:BOM");
        Caller admin = Caller.user("admin", Set.of("kia-operator"));
        ConflictException demote = assertThrows(ConflictException.class, () -> scope.as(admin, () -> people.setRoles("admin", List.of("ssh"))));
        assertEquals("roles", demote.field());
        assertTrue(demote.getMessage().contains("last account holding kia-operator"), demote.getMessage());
        ConflictException self = assertThrows(ConflictException.class, () -> scope.run(admin, () -> people.remove("admin")));
        assertEquals("name", self.field());
        ConflictException last = assertThrows(ConflictException.class, () -> scope.run(Caller.system("test"), () -> people.remove("admin")));
        assertTrue(last.getMessage().contains("last account holding kia-operator"), last.getMessage());
        ConflictException ownAdmin = assertThrows(ConflictException.class, () -> scope.run(BOM_ADMIN, () -> people.remove("bom-admin")));
        assertTrue(ownAdmin.getMessage().contains("your own account"), ownAdmin.getMessage());

        // with a second operator, the first may step down
        scope.as(admin, () -> people.add("kia2", "kia2-long-password", List.of("kia-operator")));
        assertEquals(List.of("ssh"), scope.as(admin, () -> people.setRoles("admin", List.of("ssh"))).roles());
        scope.run(Caller.user("kia2", Set.of("kia-operator")), () -> people.remove("admin"));
        assertThrows(NotFoundException.class, () -> scope.as(OPERATOR, () -> people.get("admin")));
        assertEquals("delete", audits.entries.get(audits.entries.size() - 1).action);
    }

    @Test
    void namesAreTrimmedOfASafeSetAndUniqueIgnoringCase() throws IOException {
        demo();
        for (String bad : List.of("", " ", "x", "a".repeat(65), "jan de vries", "-jan", "jan=1", "jan:x", "_g_:x", "jan,kia-operator", "jan\nx", "jan#")) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> scope.as(OPERATOR, () -> people.add(bad, "long-enough-password", List.of())), bad);
            assertEquals("name", e.violations().get(0).field(), bad);
        }
        ConflictException taken = assertThrows(ConflictException.class, () -> scope.as(OPERATOR, () -> people.add("BOM-Member", "long-enough-password", List.of())));
        assertEquals("name", taken.field());
        assertTrue(taken.getMessage().contains("'bom-member'"), taken.getMessage());
        assertEquals("a".repeat(64), scope.as(OPERATOR, () -> people.add("a".repeat(64), "long-enough-password", List.of())).person().name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "123456789", "Bom-Analyst", "tab\there-long-enough", "nul\u0000-long-enough", "{CRYPT}abcdefghij{CRYPT}",
            "comma,kia-operator", "ééééééééééééééééééééééééééééééééééééé"})
    void aPasswordIsLongEnoughVisibleNotTheNameAndCannotForgeAnEntry(String bad) throws IOException {
        demo();
        String before = file();
        ValidationException e = assertThrows(ValidationException.class, () -> scope.as(OPERATOR, () -> people.add("bom-analyst", bad, List.of())));
        assertEquals(List.of("password"), e.violations().stream().map(Violation::field).toList());
        assertFalse(e.getMessage().contains(bad), "the message never repeats the password");
        assertThrows(ValidationException.class, () -> scope.as(OPERATOR, () -> people.resetPassword("bom-member", bad.replace("Bom-Analyst", "bom-member"))));
        assertEquals(before, file());
    }

    @Test
    void rolesAreWellFormedAndNameKnownRomsAndEveryBrokenRuleIsListed() throws IOException {
        demo();
        ValidationException e = assertThrows(ValidationException.class, () -> scope.as(OPERATOR,
                () -> people.add("x", "short", java.util.Arrays.asList("rom-member:XYZ", " ", null, "a,b", "_g_:admins", "rom-member:BOM"))));
        assertEquals(List.of("name", "password", "roles[0]", "roles[1]", "roles[2]", "roles[3]", "roles[4]"),
                e.violations().stream().map(Violation::field).toList());
        assertEquals("roles", assertThrows(ValidationException.class, () -> scope.as(OPERATOR, () -> people.setRoles("kia", null)))
                .violations().get(0).field());
        // a ROM's admin gives at least one role of their ROM, so the person stays theirs to manage
        assertEquals("roles", assertThrows(ValidationException.class,
                () -> scope.as(BOM_ADMIN, () -> people.add("nobody-yet", "long-enough-password", List.of()))).violations().get(0).field());
        // an operator grants roles of plugins and Karaf (ssh) too
        assertEquals(List.of("liof-advisory-board", "ssh"),
                scope.as(OPERATOR, () -> people.add("board", "long-enough-password", List.of("ssh", "liof-advisory-board"))).person().roles());
    }

    @Test
    void everyChangeMovesTheGenerationSoCachesOfTheRealmAskAgain() throws IOException {
        demo();
        long before = people.generation();
        scope.as(OPERATOR, () -> people.setRoles("bom-member", List.of("rom-member:LIOF")));
        assertTrue(people.generation() > before);
        long after = people.generation();
        scope.as(OPERATOR, people::list);
        assertEquals(after, people.generation(), "reading moves nothing");
    }

    @Test
    void aChangeTheRealmDoesNotKeepFailsAndLeavesNoEntry() throws IOException {
        demo();
        // the properties engine only logs a file it cannot write: the service reads the realm back
        String before = file();
        unwritable = true;
        assertThrows(IllegalStateException.class, () -> scope.as(OPERATOR, () -> people.add("lost", "long-enough-password", List.of("ssh"))));
        assertThrows(IllegalStateException.class, () -> scope.run(OPERATOR, () -> people.remove("bom-member")));
        assertThrows(IllegalStateException.class, () -> scope.run(OPERATOR, () -> people.setRoles("bom-member", List.of("integrator"))));
        assertTrue(audits.entries.isEmpty(), "the entries went with their transactions");
        assertEquals(before, file());
        unwritable = false;
        scope.as(OPERATOR, () -> people.add("kept", "long-enough-password", List.of("ssh")));
        assertEquals(1, audits.entries.size());
    }

    @Test
    void aRealmWithoutABackingEngineSaysPeopleAreManagedElsewhere() throws IOException {
        demo();
        RealmPeople ldap = new RealmPeople(audits.template(), new RealmAccounts(), scope, code -> true);
        for (Runnable call : List.<Runnable>of(ldap::list, () -> ldap.add("someone", "long-enough-password", List.of()), () -> ldap.remove("kia"))) {
            ConflictException e = assertThrows(ConflictException.class, () -> scope.run(OPERATOR, call));
            assertEquals("realm", e.field());
            assertTrue(e.getMessage().contains("LDAP"), e.getMessage());
        }
    }

    /** An audit entry as written, read from the entity. */
    record Audit(String actor, String action, String kind, String record, String roms, String changed, String before, String after) {
    }

    /** Audit entries of committed transactions, behind the few EntityManager calls an audited change makes. */
    static final class Audits {
        final List<Audit> entries = new ArrayList<>();

        JpaTemplate template() {
            List<Audit> pending = new ArrayList<>();
            EntityManager em = JpaApiTokensTest.proxy(EntityManager.class, (method, args) -> switch (method) {
                case "persist" -> {
                    if (args[0] instanceof AuditEntryEntity entry) {
                        pending.add(read(entry));
                    }
                    yield null;
                }
                case "flush" -> null;
                case "createQuery" -> mark();
                default -> throw new UnsupportedOperationException(method);
            });
            return JpaApiTokensTest.proxy(JpaTemplate.class, (method, args) -> {
                Object code = args[args.length - 1];
                pending.clear();
                Object result;
                if (code instanceof EmFunction<?> f) {
                    result = f.apply(em);
                } else {
                    ((EmConsumer) code).accept(em);
                    result = null;
                }
                // reached only when the work did not throw: the transaction commits
                entries.addAll(pending);
                return result;
            });
        }

        private static TypedQuery<?> mark() {
            return JpaApiTokensTest.proxy(TypedQuery.class, (method, args) -> switch (method) {
                case "setParameter" -> mark();
                case "executeUpdate" -> 1;
                default -> throw new UnsupportedOperationException(method);
            });
        }

        private static Audit read(AuditEntryEntity entry) throws ReflectiveOperationException {
            List<String> values = new ArrayList<>();
            for (String name : List.of("actor", "action", "kind", "record", "roms", "changed", "before", "after")) {
                Field field = AuditEntryEntity.class.getDeclaredField(name);
                field.setAccessible(true);
                Object value = field.get(entry);
                values.add(value == null ? null : String.valueOf(value));
            }
            return new Audit(values.get(0), values.get(1), values.get(2), values.get(3), values.get(4), values.get(5), values.get(6), values.get(7));
        }
    }
}
