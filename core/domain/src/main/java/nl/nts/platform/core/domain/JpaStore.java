package nl.nts.platform.core.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import nl.nts.platform.api.ConflictException;
import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.ServiceCaller;
import nl.nts.platform.core.store.Versioned;
import nl.nts.platform.core.store.Audit;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.Writes;

/**
 * Create, read, replace and delete of one kind of record with a numeric id, the same way for
 * every kind: rules first (nothing touched when they fail), then one transaction that checks
 * the version the caller read, resolves references, checks that the caller may change the
 * record as it is stored and as it will be stored (its owning ROMs), stamps who and when, and
 * refuses to delete what others still refer to. A replace that changes nothing (the record as it
 * would be stored equals the stored one; the version and stamp are not yet touched then) writes
 * nothing and answers the stored record.
 *
 * @param <E> the entity
 * @param <R> the API record
 */
abstract class JpaStore<E extends Versioned, R> {

    protected final JpaTemplate jpa;
    protected final ServiceCaller caller;
    private final Clock clock = Clock.systemUTC();

    JpaStore(JpaTemplate jpa, ServiceCaller caller) {
        this.jpa = jpa;
        this.caller = caller;
    }

    /** What a record of this kind is called, e.g. {@code "workshop"}. */
    abstract String kind();

    /** The kind in the audit trail: lower case, words joined by {@code -}, e.g. {@code "funding-call"}. */
    String auditKind() {
        return kind();
    }

    abstract Class<E> type();

    abstract E newEntity();

    /** The rules that need no database; returns the record as it will be stored. */
    abstract R check(R input);

    /** Copies the checked record into the entity, resolving references (an unknown one is a broken rule). */
    abstract void assign(EntityManager em, E entity, R checked);

    abstract R toRecord(E entity);

    /** The ROMs that own a record, for the audit trail; none for a national record. */
    List<String> roms(E entity) {
        return List.of();
    }

    /** The kind's place in the text search's word index, rewritten on every write; null for a kind searched otherwise. */
    Searchable searchable() {
        return null;
    }

    private void indexWords(EntityManager em, long id) {
        if (searchable() != null) {
            SearchIndex.index(em, searchable(), id);
        }
    }

    /** A rule a deletion must meet beyond references (a refusal is a {@link ConflictException}). */
    void beforeDelete(EntityManager em, E entity) {
    }

    /** Whether any ROM's users may change the record, e.g. an organisation abroad. */
    boolean shared(E entity) {
        return false;
    }

    private void requireWrite(Caller who, E entity, String what) {
        who.requireWrite(roms(entity), shared(entity), what);
    }

    /**
     * Making a ROM an owner of a record (a plan's co-owner, say) needs that ROM's consent: the
     * caller acts for it, or is an operator.
     */
    private void requireNewOwners(Caller who, List<String> before, E entity, String what) {
        for (String rom : roms(entity)) {
            if (!before.contains(rom) && !who.actsFor(rom)) {
                who.requireWrite(List.of(rom), false, what + ": making " + rom + " an owner needs " + rom + "'s consent");
            }
        }
    }


    /** Up to {@code limit} descriptions of records that refer to this one, e.g. "input 12". */
    List<String> referrers(EntityManager em, E entity, int limit) {
        return List.of();
    }

    long countReferrers(EntityManager em, E entity) {
        return 0;
    }

    /** Refuses values another record holds where they must be unique. */
    void refuseTaken(EntityManager em, R checked, Long self) {
    }

    /** The answer when the database's unique keys refuse a write that raced past {@link #refuseTaken}. */
    ConflictException uniqueTaken() {
        return new ConflictException("id", "another " + kind() + " with the same unique values was stored meanwhile");
    }

    public R get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(find(em, id)));
    }

    public R create(R input) {
        return create(check(input), caller.get());
    }

    /** Stores a record its rules already passed, for this caller (who may differ from the service's, see {@link JpaInputs#submitPublic}). */
    R create(R checked, Caller who) {
        String by = who.actor();
        return Writes.guarded("new " + kind(), this::uniqueTaken, () -> jpa.txExpr(TransactionType.Required, em -> {
            E entity = newEntity();
            entity.stamp().created(clock.instant(), by);
            assign(em, entity, checked);
            // who may is decided before anything about other records is told (a taken unique value)
            requireWrite(who, entity, "create this " + kind());
            requireNewOwners(who, List.of(), entity, "create this " + kind());
            refuseTaken(em, checked, null);
            em.persist(entity);
            em.flush();
            indexWords(em, entity.id());
            R created = toRecord(entity);
            Audit.record(em, clock.instant(), by, "create", auditKind(), String.valueOf(entity.id()), roms(entity), null, created);
            return created;
        }));
    }

    public R update(long id, R input, long expectedVersion) {
        Caller who = caller.get();
        String by = who.actor();
        R checked = check(input);
        return Writes.guarded(describe(id), this::uniqueTaken, () -> jpa.txExpr(TransactionType.Required, em -> {
            E entity = findForChange(em, id, expectedVersion);
            requireWrite(who, entity, "change " + describe(id));
            refuseTaken(em, checked, id);
            R before = toRecord(entity);
            List<String> ownersBefore = List.copyOf(roms(entity));
            assign(em, entity, checked);
            if (toRecord(entity).equals(before)) {
                // nothing to write: no new version (which would cost its next editor a 412), no stamp, no audit entry
                em.detach(entity);
                return before;
            }
            requireWrite(who, entity, "give " + describe(id) + " to these owners");
            requireNewOwners(who, ownersBefore, entity, "change " + describe(id));
            entity.stamp().updated(clock.instant(), by);
            em.flush();
            indexWords(em, id);
            R after = toRecord(entity);
            List<String> owners = new ArrayList<>(ownersBefore);
            owners.addAll(roms(entity));
            Audit.record(em, clock.instant(), by, "update", auditKind(), String.valueOf(id), owners, before, after);
            return after;
        }));
    }

    public void delete(long id, Long expectedVersion) {
        Caller who = caller.get();
        String by = who.actor();
        Writes.guarded(describe(id), this::uniqueTaken, () -> {
            jpa.tx(TransactionType.Required, em -> {
                E entity = findForChange(em, id, expectedVersion);
                requireWrite(who, entity, "delete " + describe(id));
                beforeDelete(em, entity);
                List<String> referrers = referrers(em, entity, 5);
                if (!referrers.isEmpty()) {
                    throw Writes.referredTo(describe(id), "id", referrers, countReferrers(em, entity));
                }
                Audit.record(em, clock.instant(), by, "delete", auditKind(), String.valueOf(id), roms(entity), toRecord(entity), null);
                em.remove(entity);
                if (searchable() != null) {
                    SearchIndex.forget(em, searchable(), id);
                }
            });
            return null;
        });
    }

    E find(EntityManager em, long id) {
        E entity = em.find(type(), id);
        if (entity == null) {
            throw new NotFoundException(kind(), String.valueOf(id));
        }
        return entity;
    }

    /**
     * The record to change, locked at the database until the transaction ends, and checked
     * against the version the caller read: of two writers based on one version the second waits,
     * sees the first's version and gets 409 (412 for If-Match).
     *
     * @param expectedVersion the version the caller read, or null to change whatever is there
     */
    E findForChange(EntityManager em, long id, Long expectedVersion) {
        E entity = RowLocks.find(em, type(), id, describe(id));
        if (entity == null) {
            throw new NotFoundException(kind(), String.valueOf(id));
        }
        Writes.checkVersion(describe(id), entity.version(), expectedVersion);
        return entity;
    }

    String describe(long id) {
        return kind() + " " + id;
    }
}
