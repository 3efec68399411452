package nl.nts.platform.core.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import nl.nts.platform.core.store.SearchWordEntity;

/**
 * The text search's words: what a record's text is split into when it is written, and what a
 * search is split into when it is asked, by one rule, so every surface (REST, shell, plugins)
 * finds the same. A word is a run of letters and digits, lower-cased, accents folded ("Écoles"
 * is "ecoles"); a search finds the records that have, for each word asked, a word starting with
 * it. Stored words hold only {@code a-z} and {@code 0-9} (a letter with no Latin spelling is kept
 * as {@code u} and its four hex digits), so that "starts with" is a range of the index, between
 * the word and the word followed by z's, in the same order on H2 and on PostgreSQL whatever its
 * collation.
 */
final class SearchIndex {

    private static final Map<Character, String> LATIN = Map.of('ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l", 'đ', "d",
            'ð', "d", 'þ', "th", 'ı', "i");
    private static final int LENGTH = SearchWordEntity.WORD_LENGTH;

    private SearchIndex() {
    }

    /** The words of the texts, each once, in order; nulls and blanks have none. */
    static List<String> words(String... texts) {
        TreeSet<String> words = new TreeSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(spelled(word));
                }
            }
        }
        return List.copyOf(words);
    }

    private static String spelled(String word) {
        StringBuilder spelled = new StringBuilder();
        for (char c : word.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                spelled.append(c);
            } else if (LATIN.containsKey(c)) {
                spelled.append(LATIN.get(c));
            } else {
                spelled.append('u').append(String.format("%04x", (int) c));
            }
            if (spelled.length() >= LENGTH) {
                return spelled.substring(0, LENGTH);
            }
        }
        return spelled.toString();
    }

    /** The last word that starts with {@code word}: the upper end of its range. */
    static String lastStartingWith(String word) {
        return word + "z".repeat(LENGTH - word.length());
    }

    /** Writes the record's words anew, from its text as this transaction sees it. */
    static void index(EntityManager em, Searchable kind, long id) {
        forget(em, kind, id);
        List<?> texts = em.createQuery("select " + kind.texts("e") + " from " + kind.entity() + " e where e.id = :id").setParameter("id", id)
                .getResultList();
        for (Object row : texts) {
            for (String word : words(strings(row))) {
                em.persist(new SearchWordEntity(kind.kind(), word, id));
            }
        }
    }

    static void forget(EntityManager em, Searchable kind, long id) {
        em.createQuery("delete from SearchWordEntity w where w.kind = :kind and w.recordId = :id").setParameter("kind", kind.kind())
                .setParameter("id", id).executeUpdate();
    }

    /**
     * Indexes the records of the kind after id {@code after}, up to {@code limit} of them in id
     * order, that have no words yet (one written meanwhile through the domain has its own); returns
     * the last id read, or {@code after} when there was none.
     */
    static long indexMissing(EntityManager em, Searchable kind, long after, int limit) {
        List<?> rows = em.createQuery("select e.id, " + kind.texts("e") + " from " + kind.entity() + " e where e.id > :after and not exists"
                + " (select w from SearchWordEntity w where w.recordId = e.id and w.kind = :kind) order by e.id")
                .setParameter("after", after).setParameter("kind", kind.kind()).setMaxResults(limit).getResultList();
        long last = after;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long id = ((Number) columns[0]).longValue();
            String[] texts = new String[columns.length - 1];
            for (int i = 1; i < columns.length; i++) {
                texts[i - 1] = (String) columns[i];
            }
            for (String word : words(texts)) {
                em.persist(new SearchWordEntity(kind.kind(), word, id));
            }
            last = id;
        }
        return last;
    }

    /** Forgets every word of the kind, before the index is made anew. */
    static void forgetAll(EntityManager em, Searchable kind) {
        em.createQuery("delete from SearchWordEntity w where w.kind = :kind").setParameter("kind", kind.kind()).executeUpdate();
    }

    private static String[] strings(Object row) {
        if (row instanceof Object[] columns) {
            List<String> texts = new ArrayList<>();
            for (Object column : columns) {
                texts.add((String) column);
            }
            return texts.toArray(String[]::new);
        }
        return new String[] {(String) row};
    }
}
