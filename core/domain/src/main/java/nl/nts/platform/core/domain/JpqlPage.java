package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.Codes;

/**
 * A filtered, sorted, paged read of one entity: one count query and one page query, plus
 * batched reads for the collections the records show. Conditions on collections are subqueries,
 * so each record is one row and the count needs no {@code distinct}. A page in the second half of
 * the list is read as a page of the reverse order and turned round: with an index for the order
 * in each direction, the last page costs what the first costs, not a skip over every row before it.
 */
final class JpqlPage<E> {

    /** How many index entries a search looks at, at most, to tell how common a word is. */
    private static final int RARE = 1000;

    private final Class<E> type;
    private final String alias;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, String> sorts = new LinkedHashMap<>();
    private final List<String> batched = new ArrayList<>();
    private String defaultSort;
    private List<String> searchWords = List.of();
    private Searchable searchKind;
    private KeptCounts counts;

    JpqlPage(Class<E> type, String alias) {
        this.type = type;
        this.alias = alias;
    }

    /** Adds a condition when its value is given; {@code :p} in the condition is the value. */
    JpqlPage<E> where(String condition, Object value) {
        if (value != null) {
            String name = "p" + parameters.size();
            conditions.add(condition.replace(":p", ":" + name));
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * Adds a condition with named parameters of its own ({@code :at}), renamed so that they meet no
     * other condition's; only the parameters the condition uses are bound.
     */
    JpqlPage<E> where(String condition, Map<String, ?> values) {
        String renamed = condition;
        String suffix = "_" + conditions.size();
        for (Map.Entry<String, ?> value : values.entrySet()) {
            java.util.regex.Pattern name = java.util.regex.Pattern.compile(":" + value.getKey() + "\\b");
            if (name.matcher(renamed).find()) {
                renamed = name.matcher(renamed).replaceAll(":" + value.getKey() + suffix);
                parameters.put(value.getKey() + suffix, value.getValue());
            }
        }
        conditions.add(renamed);
        return this;
    }

    /** Adds a condition that holds when it holds for any of the values; none when there are no values. */
    JpqlPage<E> whereAny(String condition, java.util.Collection<?> values) {
        List<String> any = new ArrayList<>();
        for (Object value : values) {
            String name = "p" + parameters.size();
            any.add(condition.replace(":p", ":" + name));
            parameters.put(name, value);
        }
        if (!any.isEmpty()) {
            conditions.add("(" + String.join(" or ", any) + ")");
        }
        return this;
    }

    /** Words in the text must each occur, case-insensitively, in one of the fields. */
    JpqlPage<E> matching(String text, String... fields) {
        if (text != null && !text.isBlank()) {
            for (String word : text.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                String escaped = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                List<String> any = new ArrayList<>();
                for (String field : fields) {
                    any.add("lower(" + field + ") like :p escape '\\'");
                }
                where("(" + String.join(" or ", any) + ")", escaped);
            }
        }
        return this;
    }

    /**
     * For each word of the search, the record has a word starting with it in the word index (see
     * {@link SearchIndex}); no condition for a search without words.
     */
    JpqlPage<E> searching(String search, Searchable kind) {
        if (search != null) {
            searchWords = SearchIndex.words(search);
            searchKind = kind;
        }
        return this;
    }

    /**
     * The search's conditions: the records of its rarest word's range (found by a look of at most
     * {@value #RARE} index entries a word) are read off the index, and each checked for the other
     * words by a probe of its own words, so a common word ("action") beside a rare one ("4711")
     * costs the rare one's matches, not the common one's.
     */
    private void searchConditions(EntityManager em) {
        String rarest = searchWords.size() < 2 ? searchWords.get(0) : searchWords.stream()
                .min(java.util.Comparator.comparingInt((String word) -> matches(em, word)).thenComparing(java.util.Comparator.naturalOrder())).orElseThrow();
        for (String word : searchWords) {
            Map<String, String> range = Map.of("kind", searchKind.kind(), "first", word, "last", SearchIndex.lastStartingWith(word));
            where(word.equals(rarest)
                    ? alias + ".id in (select w.recordId from SearchWordEntity w where w.kind = :kind and w.word between :first and :last)"
                    : "exists (select w from SearchWordEntity w where w.recordId = " + alias + ".id and w.kind = :kind and w.word between :first and :last)",
                    range);
        }
    }

    private int matches(EntityManager em, String word) {
        return em.createQuery("select w.recordId from SearchWordEntity w where w.kind = :kind and w.word between :first and :last")
                .setParameter("kind", searchKind.kind()).setParameter("first", word).setParameter("last", SearchIndex.lastStartingWith(word))
                .setMaxResults(RARE).getResultList().size();
    }

    JpqlPage<E> sortable(String key, String path) {
        sorts.put(key, path);
        if (defaultSort == null) {
            defaultSort = key;
        }
        return this;
    }

    /** The order when the request names none, e.g. {@code -date}; else the first sortable key, ascending. */
    JpqlPage<E> defaultSort(String sort) {
        this.defaultSort = sort;
        return this;
    }

    /** Keeps the total between writes: the next page of the same filter is not counted again. */
    JpqlPage<E> counted(KeptCounts kept) {
        this.counts = kept;
        return this;
    }

    JpqlPage<E> batch(String attribute) {
        batched.add(alias + "." + attribute);
        return this;
    }

    <R> Page<R> read(EntityManager em, PageRequest request, Function<E, R> toRecord) {
        if (!searchWords.isEmpty()) {
            searchConditions(em);
        }
        for (Object value : parameters.values()) {
            if (value instanceof String text && Codes.firstControl(text) >= 0) {
                // no record holds one (the rules refuse them), and PostgreSQL refuses U+0000 as a parameter
                throw new ValidationException("filter", "a filter value " + Codes.controlMessage(text));
            }
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String from = " from " + type.getSimpleName() + " " + alias;
        String counting = "select count(" + alias + ")" + from + where;
        LongSupplier count = () -> {
            TypedQuery<Long> query = em.createQuery(counting, Long.class);
            parameters.forEach(query::setParameter);
            return query.getSingleResult();
        };
        long total = counts == null ? count.getAsLong() : counts.total(em, counting + " " + parameters, count);
        if (total <= request.offset()) {
            return new Page<>(List.of(), total, request.page(), request.size());
        }
        long after = total - request.offset(); // the rows from this page's first to the list's end
        boolean reversed = request.offset() > after;
        TypedQuery<E> query = em.createQuery("select " + alias + from + where + orderBy(request.sort(), reversed), type);
        if (reversed) {
            query.setFirstResult((int) Math.max(0, after - request.size())).setMaxResults((int) Math.min(request.size(), after));
        } else {
            query.setFirstResult(request.offset()).setMaxResults(request.size());
        }
        parameters.forEach(query::setParameter);
        if (!batched.isEmpty()) {
            query.setHint("eclipselink.batch.type", "IN");
            batched.forEach(b -> query.setHint("eclipselink.batch", b));
        }
        List<R> records = new ArrayList<>(query.getResultList().stream().map(toRecord).toList());
        if (reversed) {
            java.util.Collections.reverse(records);
        }
        return new Page<>(List.copyOf(records), total, request.page(), request.size());
    }

    /** The requested order, or with {@code reversed} the same order the other way round. */
    private String orderBy(String requested, boolean reversed) {
        String sort = requested == null ? defaultSort : requested;
        String key = sort.startsWith("-") ? sort.substring(1) : sort;
        String path = sorts.get(key);
        if (path == null) {
            throw new ValidationException("sort", "cannot sort by '" + Codes.abbreviate(String.valueOf(key)) + "'; sort by one of "
                    + String.join(", ", sorts.keySet()) + ", with a leading '-' for descending order");
        }
        String direction = sort.startsWith("-") != reversed ? " desc" : " asc";
        // the id breaks ties, so pages never overlap or skip a row
        return " order by " + path + direction + ", " + alias + ".id" + direction;
    }
}
