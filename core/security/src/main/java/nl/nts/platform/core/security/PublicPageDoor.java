package nl.nts.platform.core.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.nts.platform.core.shared.PublicPages;

/**
 * The door of the ROMs' public input pages: at most {@code perAddress} submissions from one
 * address, and {@code perWindow} from all addresses together, in each {@code windowMinutes}; a
 * ROM listed in {@code closedRoms} takes none. Counted in memory on this node (a second node
 * counts its own), and bounded: at most {@link #MAX_TRACKED} addresses are tracked, expired ones
 * forgotten first; while that many addresses are within their window, a new one waits as if all
 * addresses had reached the limit.
 */
@Component(service = PublicPages.class, configurationPid = "nl.nts.platform.publicpages")
@Designate(ocd = PublicPageDoor.Config.class)
public class PublicPageDoor implements PublicPages {

    static final int MAX_TRACKED = 10_000;
    private static final Logger LOG = Logger.getLogger(PublicPageDoor.class.getName());

    @ObjectClassDefinition(name = "nts-platform public input pages", description = "Who may leave input without an account, and how often")
    public @interface Config {

        @AttributeDefinition(description = "Codes of the ROMs whose public page takes no input, e.g. LIOF")
        String[] closedRoms() default {};

        @AttributeDefinition(description = "Submissions one address may leave in each window (IPv6: one /64 network)", min = "1")
        int perAddress() default 5;

        @AttributeDefinition(description = "Submissions all addresses together may leave in each window", min = "1")
        int perWindow() default 500;

        @AttributeDefinition(description = "The window, in minutes", min = "1")
        int windowMinutes() default 60;

        @AttributeDefinition(description = "Addresses of reverse proxies whose X-Forwarded-For names the real caller")
        String[] trustedProxies() default {};
    }

    /** Submissions counted since {@code start}. */
    private record Window(Instant start, int count) {
    }

    private final Set<String> closed;
    private final Set<String> proxies;
    private final int perAddress;
    private final int perWindow;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
    private Window everyone;

    @Activate
    public PublicPageDoor(Config config) {
        this(config, Clock.systemUTC());
    }

    PublicPageDoor(Config config, Clock clock) {
        this.closed = listed(config.closedRoms()).map(c -> c.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        this.proxies = listed(config.trustedProxies()).map(PublicPageDoor::network).collect(Collectors.toSet());
        this.perAddress = Math.max(1, config.perAddress());
        this.perWindow = Math.max(1, config.perWindow());
        this.window = Duration.ofMinutes(Math.max(1, config.windowMinutes()));
        this.clock = clock;
        this.everyone = new Window(clock.instant(), 0);
    }

    /** The values of a list setting; a {@code .cfg} file gives one text, "a, b", which counts as two. */
    private static java.util.stream.Stream<String> listed(String[] values) {
        return Arrays.stream(values == null ? new String[0] : values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    @Override
    public boolean open(String rom) {
        return rom != null && !closed.contains(rom.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String address(String remote, String forwardedFor) {
        String address = network(remote);
        if (forwardedFor != null && proxies.contains(address)) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                address = network(last);
            }
        }
        return address;
    }

    /** An IPv4 address as it is; an IPv6 address as its /64 network; anything else as given (never looked up). */
    static String network(String address) {
        String a = address == null ? "" : address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.indexOf(':') < 0) {
            return a;
        }
        try {
            // with a colon, only an IPv6 literal is parsed: no name is ever looked up
            byte[] bytes = InetAddress.getByName(a.replaceFirst("%.*$", "")).getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return a;
        }
    }

    @Override
    public synchronized Admission admit(String address) {
        Instant now = clock.instant();
        if (!now.isBefore(everyone.start().plus(window))) {
            everyone = new Window(now, 0);
        }
        if (everyone.count() >= perWindow) {
            LOG.warning(() -> "The public input pages took " + perWindow + " submissions in " + window.toMinutes() + " minutes; more wait");
            return new Wait(Duration.between(now, everyone.start().plus(window)), true);
        }
        Window mine = byAddress.get(address);
        if (mine == null || !now.isBefore(mine.start().plus(window))) {
            if (mine == null && byAddress.size() >= MAX_TRACKED) {
                byAddress.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
                if (byAddress.size() >= MAX_TRACKED) {
                    return new Wait(Duration.between(now, byAddress.values().stream().map(Window::start).min(Instant::compareTo).orElse(now)
                            .plus(window)), true);
                }
            }
            mine = new Window(now, 0);
        }
        if (mine.count() >= perAddress) {
            return new Wait(Duration.between(now, mine.start().plus(window)), false);
        }
        Window taken = new Window(mine.start(), mine.count() + 1);
        byAddress.put(address, taken);
        everyone = new Window(everyone.start(), everyone.count() + 1);
        Instant all = everyone.start();
        PublicPages.Place place = () -> release(address, taken.start(), all);
        return place;
    }

    /** Gives back a place, to the windows it was counted in, when they still run. */
    private synchronized void release(String address, Instant mine, Instant all) {
        byAddress.computeIfPresent(address, (k, w) -> w.start().equals(mine) && w.count() > 0 ? new Window(w.start(), w.count() - 1) : w);
        if (everyone.start().equals(all) && everyone.count() > 0) {
            everyone = new Window(everyone.start(), everyone.count() - 1);
        }
    }

    /** @return addresses tracked now */
    int tracked() {
        return byAddress.size();
    }
}
