package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Records read a chunk at a time in the order of ids found before: a reader of thousands of
 * records holds their ids (8 bytes each) and one chunk of records. A record gone since its id
 * was found is left out.
 *
 * @param <T> the records
 */
final class Chunked<T> implements Iterator<T> {

    private final long[] ids;
    private final int size;
    private final Function<List<Long>, List<T>> read;
    private final Function<T, Long> idOf;
    private int next;
    private List<T> chunk = List.of();
    private int at;

    /**
     * @param ids  the records' ids, in the order wanted
     * @param size how many to read at a time
     * @param read reads the records of some ids, in any order
     * @param idOf a record's id
     */
    Chunked(long[] ids, int size, Function<List<Long>, List<T>> read, Function<T, Long> idOf) {
        if (size < 1) {
            throw new IllegalArgumentException("a chunk holds at least one record");
        }
        this.ids = ids;
        this.size = size;
        this.read = read;
        this.idOf = idOf;
    }

    @Override
    public boolean hasNext() {
        while (at == chunk.size() && next < ids.length) {
            int to = Math.min(ids.length, next + size);
            Map<Long, T> found = read(ids, next, to, read, idOf);
            chunk = new ArrayList<>(to - next);
            for (int i = next; i < to; i++) {
                T record = found.get(ids[i]);
                if (record != null) {
                    chunk.add(record);
                }
            }
            next = to;
            at = 0;
        }
        return at < chunk.size();
    }

    /** The records of ids[from, to), by id; those gone are missing. */
    static <T> Map<Long, T> read(long[] ids, int from, int to, Function<List<Long>, List<T>> read, Function<T, Long> idOf) {
        List<Long> wanted = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            wanted.add(ids[i]);
        }
        Map<Long, T> found = new HashMap<>();
        for (T record : read.apply(wanted)) {
            found.put(idOf.apply(record), record);
        }
        return found;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return chunk.get(at++);
    }
}
