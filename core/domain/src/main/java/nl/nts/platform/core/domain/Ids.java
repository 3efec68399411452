package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.Violation;

/** Resolves references by id to entities, reporting every missing one with its field. */
final class Ids {

    private Ids() {
    }

    static void checkDistinct(String field, List<Long> ids, List<Violation> violations) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                violations.add(new Violation(field + "[" + i + "]", "must be an id"));
            } else if (!seen.add(id)) {
                violations.add(new Violation(field + "[" + i + "]", id + " is listed more than once"));
            }
        }
    }

    /**
     * Loads the entities with these ids in one query, in the order given.
     *
     * @throws ValidationException naming each {@code field[i]} whose id does not exist
     */
    static <E> List<E> resolve(EntityManager em, Class<E> type, String kind, String field, List<Long> ids,
            java.util.function.Function<E, Long> idOf) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, E> found = new LinkedHashMap<>();
        em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type).setParameter("ids", ids)
                .getResultList().forEach(e -> found.put(idOf.apply(e), e));
        List<E> ordered = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            E entity = found.get(ids.get(i));
            if (entity == null) {
                violations.add(new Violation(field + "[" + i + "]", "no " + kind + " " + ids.get(i)));
            } else {
                ordered.add(entity);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return ordered;
    }

    /** One entity by id, or null when {@code id} is null. */
    static <E> E resolveOne(EntityManager em, Class<E> type, String kind, String field, Long id) {
        if (id == null) {
            return null;
        }
        E entity = em.find(type, id);
        if (entity == null) {
            throw new ValidationException(field, "no " + kind + " " + id);
        }
        return entity;
    }
}
