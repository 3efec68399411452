package nl.nts.platform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.nts.platform.core.shared.PublicPages;

/** The public pages' door: how often one address, and all together, may leave input; closed ROMs; proxies; IPv6 networks. */
class PublicPageDoorTest {

    private final HandClock clock = new HandClock("2026-12-03T10:00:00Z");

    private static PublicPageDoor.Config config(String[] closed, int perAddress, int perWindow, String... proxies) {
        return new PublicPageDoor.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PublicPageDoor.Config.class;
            }

            @Override
            public String[] closedRoms() {
                return closed;
            }

            @Override
            public int perAddress() {
                return perAddress;
            }

            @Override
            public int perWindow() {
                return perWindow;
            }

            @Override
            public int windowMinutes() {
                return 60;
            }

            @Override
            public String[] trustedProxies() {
                return proxies;
            }
        };
    }

    private PublicPageDoor door(int perAddress, int perWindow, String... proxies) {
        return new PublicPageDoor(config(new String[] {" liof , IZ"}, perAddress, perWindow, proxies), clock);
    }

    @Test
    void anAddressWaitsAfterItsLimitUntilItsWindowEnds() {
        PublicPageDoor door = door(2, 100);
        assertInstanceOf(PublicPages.Place.class, door.admit("192.0.2.1"));
        clock.pass(Duration.ofMinutes(20));
        assertInstanceOf(PublicPages.Place.class, door.admit("192.0.2.1"));
        PublicPages.Wait wait = assertInstanceOf(PublicPages.Wait.class, door.admit("192.0.2.1"));
        assertEquals(Duration.ofMinutes(40), wait.retryAfter(), "until the window that began with the first submission ends");
        assertFalse(wait.everyone());
        assertInstanceOf(PublicPages.Place.class, door.admit("192.0.2.2"), "another address has a window of its own");
        clock.pass(Duration.ofMinutes(40));
        assertInstanceOf(PublicPages.Place.class, door.admit("192.0.2.1"), "a new window");
    }

    @Test
    void aRefusedSubmissionGivesItsPlaceBack() {
        PublicPageDoor door = door(1, 100);
        ((PublicPages.Place) door.admit("192.0.2.1")).release();
        assertInstanceOf(PublicPages.Place.class, door.admit("192.0.2.1"), "the refused one did not count");
        assertInstanceOf(PublicPages.Wait.class, door.admit("192.0.2.1"));
    }

    @Test
    void allAddressesTogetherHaveALimitToo() {
        PublicPageDoor door = door(5, 3);
        for (int i = 1; i <= 3; i++) {
            assertInstanceOf(PublicPages.Place.class, door.admit("198.51.100." + i));
        }
        PublicPages.Wait wait = assertInstanceOf(PublicPages.Wait.class, door.admit("198.51.100.9"));
        assertTrue(wait.everyone());
        assertEquals(Duration.ofMinutes(60), wait.retryAfter());
        clock.pass(Duration.ofMinutes(60));
        assertInstanceOf(PublicPages.Place.class, door.admit("198.51.100.9"));
    }

    @Test
    void memoryIsBoundedHoweverManyAddressesCome() {
        PublicPageDoor door = door(1, Integer.MAX_VALUE);
        for (int i = 0; i < PublicPageDoor.MAX_TRACKED; i++) {
            door.admit("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertTrue(door.admit("192.0.2.200") instanceof PublicPages.Wait wait && wait.everyone(), "full of running windows: a new address waits");
        assertEquals(PublicPageDoor.MAX_TRACKED, door.tracked());
        clock.pass(Duration.ofMinutes(61));
        assertInstanceOf(PublicPages.Place.class, door.admit("192.0.2.200"), "expired windows are forgotten first");
        assertEquals(1, door.tracked());
    }

    @Test
    void aClosedRomTakesNoInput() {
        PublicPageDoor door = door(5, 100);
        assertFalse(door.open("LIOF"));
        assertFalse(door.open("iz"), "a .cfg file's list is one text with commas");
        assertTrue(door.open("BOM"));
    }

    @Test
    void anIpv6HostCountsByItsNetworkAndOnlyATrustedProxyNamesTheCaller() {
        PublicPageDoor door = door(5, 100, "192.0.2.10, 2001:db8::10");
        assertEquals(door.address("2001:db8:1:2:aaaa::1", null), door.address("[2001:db8:1:2:bbbb::2]", null), "one /64");
        assertFalse(door.address("2001:db8:1:2::1", null).equals(door.address("2001:db8:1:3::1", null)));
        assertEquals("203.0.113.7", door.address("192.0.2.10", "10.9.9.9, 203.0.113.7"), "the last hop the proxy saw");
        assertEquals("203.0.113.7", door.address("2001:db8:0:0:0:0:0:10", "203.0.113.7"));
        assertEquals("192.0.2.99", door.address("192.0.2.99", "203.0.113.7"), "an untrusted sender names nobody");
        assertEquals("not-an-address:", door.address("not-an-address:", null), "never looked up");
    }
}
