package nl.nts.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageFarBeyondAnyListIsRefusedNotOverflowed() {
        for (int page : new int[] {Integer.MAX_VALUE, 10_000_000, PageRequest.MAX_OFFSET / 200 + 2}) {
            ValidationException e = assertThrows(ValidationException.class, () -> new PageRequest(page, 200, null));
            assertEquals("page", e.violations().get(0).field());
        }
        assertEquals(PageRequest.MAX_OFFSET, new PageRequest(PageRequest.MAX_OFFSET / 200 + 1, 200, null).offset());
        assertEquals(0, new PageRequest(1, 1, null).offset());
    }
}
