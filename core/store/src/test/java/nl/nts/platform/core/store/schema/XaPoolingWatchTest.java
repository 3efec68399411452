package nl.nts.platform.core.store.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class XaPoolingWatchTest {

    @Test
    void aPoolingBundleWithoutItsXaVariantWhileAManagerIsThereIsStuckAfterThreeLooks() {
        XaPoolingWatch.Stuck stuck = new XaPoolingWatch.Stuck();
        assertEquals(Set.of(), stuck.next(true, Set.of(7L), Set.of()));
        assertEquals(Set.of(), stuck.next(true, Set.of(7L), Set.of()));
        assertEquals(Set.of(7L), stuck.next(true, Set.of(7L), Set.of()));
        // counted anew after it was named
        assertEquals(Set.of(), stuck.next(true, Set.of(7L), Set.of()));
    }

    @Test
    void aHealthyOrManagerlessLookStartsTheCountAgain() {
        XaPoolingWatch.Stuck stuck = new XaPoolingWatch.Stuck();
        stuck.next(true, Set.of(7L), Set.of());
        stuck.next(true, Set.of(7L), Set.of());
        // XA pooling back (the manager swap finished in time): not stuck
        assertEquals(Set.of(), stuck.next(true, Set.of(7L), Set.of(7L)));
        assertEquals(Set.of(), stuck.next(true, Set.of(7L), Set.of()));
        assertEquals(Set.of(), stuck.next(true, Set.of(7L), Set.of()));
        // no manager at all (stopping, or not installed yet): nothing to restart
        assertEquals(Set.of(), stuck.next(false, Set.of(7L), Set.of()));
        assertEquals(Set.of(), stuck.next(false, Set.of(7L), Set.of()));
        assertEquals(Set.of(), stuck.next(false, Set.of(7L), Set.of()));
    }

    @Test
    void onlyTheStuckBundleIsNamedAndAGoneBundleIsForgotten() {
        XaPoolingWatch.Stuck stuck = new XaPoolingWatch.Stuck();
        stuck.next(true, Set.of(7L, 8L), Set.of(8L));
        stuck.next(true, Set.of(7L, 8L), Set.of(8L));
        assertEquals(Set.of(7L), stuck.next(true, Set.of(7L, 8L), Set.of(8L)));
        stuck.next(true, Set.of(9L), Set.of());
        stuck.next(true, Set.of(), Set.of());
        assertEquals(Set.of(), stuck.next(true, Set.of(9L), Set.of()), "9 left and came back: counted from one");
    }
}
