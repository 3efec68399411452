package nl.nts.platform.core.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One row a node: the mark of the last write committed through it. Readers that keep answers
 * (the national picture) compare all rows with the ones they kept them under, so a write on any
 * node of a cluster sharing the database is seen by the next read on every node.
 */
@Entity
@Table(name = "NTS_CHANGE_MARK")
public class ChangeMarkEntity {

    @Id
    @Column(name = "NODE", length = 100)
    private String node;

    @Column(name = "MARK", nullable = false)
    private long mark;

    protected ChangeMarkEntity() {
        // for JPA
    }

    public ChangeMarkEntity(String node, long mark) {
        this.node = node;
        this.mark = mark;
    }
}
