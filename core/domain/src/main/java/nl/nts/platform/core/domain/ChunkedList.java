package nl.nts.platform.core.domain;

import java.util.AbstractList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.nts.platform.api.model.Agenda;

/**
 * A list of records read from the database while iterated, a chunk at a time ({@link Chunked}):
 * what an agenda of thousands of actions hands out, holding their ids and one chunk. Its size is
 * the count of ids; each iteration reads again. Not {@code RandomAccess}: streams and loops walk
 * it by its iterator. {@link #get} reads the chunk of the index asked (the last one kept).
 *
 * @param <T> the records
 */
final class ChunkedList<T> extends AbstractList<T> implements Agenda.ReadWhileIterated {

    private final long[] ids;
    private final int chunk;
    private final Function<List<Long>, List<T>> read;
    private final Function<T, Long> idOf;
    /** The chunk {@link #get} read last, by id, and where it starts. */
    private Map<Long, T> kept = Map.of();
    private int keptFrom = -1;

    ChunkedList(long[] ids, int chunk, Function<List<Long>, List<T>> read, Function<T, Long> idOf) {
        this.ids = ids;
        this.chunk = chunk;
        this.read = read;
        this.idOf = idOf;
    }

    @Override
    public Iterator<T> iterator() {
        return new Chunked<>(ids, chunk, read, idOf);
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public synchronized T get(int index) {
        if (index < 0 || index >= ids.length) {
            throw new IndexOutOfBoundsException("index " + index + " of " + ids.length);
        }
        int from = index - index % chunk;
        if (from != keptFrom) {
            Map<Long, T> found = Chunked.read(ids, from, Math.min(ids.length, from + chunk), read, idOf);
            kept = found;
            keptFrom = from;
        }
        T record = kept.get(ids[index]);
        if (record == null) {
            throw new ConcurrentModificationException("record " + ids[index] + " was deleted after the list was read");
        }
        return record;
    }
}
