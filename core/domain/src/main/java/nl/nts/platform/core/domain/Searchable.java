package nl.nts.platform.core.domain;

import java.util.List;
import java.util.stream.Collectors;

/** The kinds of record the text search reads from the word index, and the fields their words come from. */
enum Searchable {
    ORGANISATION("organisation", "OrganisationEntity", "name", "city"),
    ACTION("action", "ActionEntity", "title", "description"),
    INPUT("input", "InputEntity", "text");

    private final String kind;
    private final String entity;
    private final List<String> fields;

    Searchable(String kind, String entity, String... fields) {
        this.kind = kind;
        this.entity = entity;
        this.fields = List.of(fields);
    }

    /** Its name in the word index. */
    String kind() {
        return kind;
    }

    String entity() {
        return entity;
    }

    /** Its fields on {@code alias}, for a select list: {@code e.name, e.city}. */
    String texts(String alias) {
        return fields.stream().map(f -> alias + "." + f).collect(Collectors.joining(", "));
    }
}
