package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class ChunkedTest {

    private final List<List<Long>> reads = new ArrayList<>();

    /** The "database": returns the records of the ids asked, shuffled, leaving out those deleted. */
    private List<String> read(List<Long> ids, Set<Long> deleted) {
        reads.add(ids);
        List<String> found = new ArrayList<>(ids.stream().filter(id -> !deleted.contains(id)).map(id -> "r" + id).toList());
        Collections.shuffle(found);
        return found;
    }

    private List<String> all(long[] ids, int size, Set<Long> deleted) {
        List<String> out = new ArrayList<>();
        new Chunked<>(ids, size, found -> read(found, deleted), r -> Long.parseLong(r.substring(1))).forEachRemaining(out::add);
        return out;
    }

    @Test
    void recordsComeInTheIdsOrderAChunkAtATime() {
        long[] ids = {9, 3, 7, 1, 8, 2, 6};
        assertEquals(List.of("r9", "r3", "r7", "r1", "r8", "r2", "r6"), all(ids, 3, Set.of()));
        assertEquals(List.of(List.of(9L, 3L, 7L), List.of(1L, 8L, 2L), List.of(6L)), reads);
    }

    @Test
    void aRecordGoneSinceItsIdWasFoundIsLeftOutEvenAWholeChunk() {
        long[] ids = LongStream.rangeClosed(1, 10).toArray();
        assertEquals(List.of("r1", "r2", "r7", "r8", "r10"), all(ids, 2, Set.of(3L, 4L, 5L, 6L, 9L)));
        assertEquals(5, reads.size());
    }

    @Test
    void noIdsReadNothing() {
        Chunked<String> none = new Chunked<>(new long[0], 500, found -> read(found, Set.of()), r -> 0L);
        assertFalse(none.hasNext());
        assertThrows(NoSuchElementException.class, none::next);
        assertTrue(reads.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Chunked<>(new long[1], 0, found -> List.<String>of(), r -> 0L));
    }

    @Test
    void everyRecordOnceAcrossChunkBoundaries() {
        long[] ids = LongStream.rangeClosed(1, 1234).toArray();
        List<String> out = all(ids, 500, Set.of());
        assertEquals(1234, out.size());
        assertEquals("r500", out.get(499));
        assertEquals("r501", out.get(500));
        assertEquals(3, reads.size());
    }

    @Test
    void aChunkedListIsReadWhileIteratedAndKeptAsItIsByAnAgenda() {
        long[] ids = LongStream.rangeClosed(1, 1100).toArray();
        java.util.Set<Long> deleted = new java.util.HashSet<>();
        ChunkedList<String> list = new ChunkedList<>(ids, 500, found -> read(found, deleted), r -> Long.parseLong(r.substring(1)));
        assertTrue(reads.isEmpty(), "nothing read before it is iterated");
        assertEquals(1100, list.size());
        assertEquals(1100, iterated(list));
        assertEquals(3, reads.size());
        assertEquals(1100, iterated(list), "each iteration reads again");
        assertEquals(6, reads.size());
        assertEquals("r501", list.get(500));
        assertEquals("r1000", list.get(999));
        assertEquals(7, reads.size(), "get reads the chunk of the index once");
        assertEquals("r1", list.get(0));
        deleted.add(2L);
        assertEquals(1099, iterated(list), "a record deleted meanwhile is left out");
        assertEquals("r2", list.get(1), "the chunk get read last is kept");
        list.get(600);
        assertThrows(java.util.ConcurrentModificationException.class, () -> list.get(1), "read again: gone");
        assertThrows(IndexOutOfBoundsException.class, () -> list.get(1100));
        assertThrows(UnsupportedOperationException.class, () -> list.add("r2000"));

        nl.nts.platform.api.model.Agenda agenda = new nl.nts.platform.api.model.Agenda(new nl.nts.platform.api.model.KeyTechnology("NTS09", "AI", "AI"),
                "KIA", new ChunkedList<>(new long[0], 500, found -> List.of(), e -> 0L), null, null);
        assertTrue(agenda.actions() instanceof ChunkedList, "not copied");
        assertFalse(new nl.nts.platform.api.model.Agenda(agenda.technology(), "KIA", new ArrayList<>(), null, null).actions() instanceof ArrayList,
                "an ordinary list is copied");
    }

    private static int iterated(Iterable<String> list) {
        int n = 0;
        for (String ignored : list) {
            n++;
        }
        return n;
    }
}
