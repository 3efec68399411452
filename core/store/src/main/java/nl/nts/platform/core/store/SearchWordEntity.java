package nl.nts.platform.core.store;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Cacheable;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Index;
import javax.persistence.Table;

/**
 * One word of one record's searchable text, normalised by the domain (lower case, accents folded):
 * the text search reads record ids off the index of kind and word, by a range of words that start
 * with what was asked, instead of scanning every record's text. Derived data: the domain rewrites
 * a record's words on every write and fills them for records that have none at start.
 */
@Entity
@Cacheable(false)
@IdClass(SearchWordEntity.Key.class)
@Table(name = "NTS_SEARCH_WORD", indexes = @Index(name = "INDEX_NTS_SEARCH_WORD_WORD", columnList = "RECORD_KIND, WORD, RECORD_ID"))
public class SearchWordEntity {

    /** The longest word kept; longer words are kept (and asked for) by their first this many characters. */
    public static final int WORD_LENGTH = 40;

    @Id
    @Column(name = "RECORD_KIND", length = 20)
    private String kind;

    @Id
    @Column(name = "WORD", length = WORD_LENGTH)
    private String word;

    @Id
    @Column(name = "RECORD_ID")
    private long recordId;

    protected SearchWordEntity() {
        // for JPA
    }

    public SearchWordEntity(String kind, String word, long recordId) {
        this.kind = kind;
        this.word = word;
        this.recordId = recordId;
    }

    /** The primary key: record, kind, word (EclipseLink's order; it serves rewriting a record's words). */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String kind;
        private String word;
        private long recordId;

        public Key() {
            // for JPA
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.recordId == recordId && Objects.equals(k.kind, kind) && Objects.equals(k.word, word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, word, recordId);
        }
    }
}
