package nl.nts.platform.core.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import nl.nts.platform.api.model.CallStatus;

/**
 * The status a funding call's dates give it at a moment: the one rule, in Java for a call read
 * and in JPQL for a search, so that a filter finds what a read shows (see
 * {@link nl.nts.platform.api.model.FundingCall#status()}), in this order:
 * <ol>
 * <li>cancelled, when given, stays cancelled;</li>
 * <li>the deadline passed (its instant or later): closed;</li>
 * <li>no deadline, and closed given: closed (only its source can close an open-ended call);</li>
 * <li>an opening known: forthcoming before it, open from it on;</li>
 * <li>no opening: forthcoming when that was given (or nothing), else open.</li>
 * </ol>
 * Deriving again from a derived status gives the same answer now and later, so a client that
 * writes back what it read changes nothing.
 */
final class CallStatusByDates {

    /** The platform's calendar: a day, and a time of day in the sample data, are Amsterdam's. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private CallStatusByDates() {
    }

    static CallStatus at(CallStatus given, Instant opening, Instant deadline, Instant now) {
        if (given == CallStatus.CANCELLED) {
            return given;
        }
        if (deadline != null ? !now.isBefore(deadline) : given == CallStatus.CLOSED) {
            return CallStatus.CLOSED;
        }
        if (opening != null) {
            return now.isBefore(opening) ? CallStatus.FORTHCOMING : CallStatus.OPEN;
        }
        return given == null || given == CallStatus.FORTHCOMING ? CallStatus.FORTHCOMING : CallStatus.OPEN;
    }

    /**
     * The JPQL condition that a call of alias {@code c} has this status at {@code :at}, with the
     * statuses as the named parameters of {@link #parameters}. Column values are UTC local times,
     * as the entity stores them.
     */
    static String jpql(CallStatus status, String c) {
        String closed = "((" + c + ".deadline is not null and " + c + ".deadline <= :at) or (" + c + ".deadline is null and " + c + ".status = :closed))";
        // not closed, by the same two rules
        String running = "(" + c + ".deadline is not null and " + c + ".deadline > :at) or (" + c + ".deadline is null and " + c + ".status <> :closed)";
        String notCancelled = c + ".status <> :cancelled";
        return switch (status) {
            case CANCELLED -> c + ".status = :cancelled";
            case CLOSED -> "(" + notCancelled + " and " + closed + ")";
            case FORTHCOMING -> "(" + notCancelled + " and (" + running + ") and ((" + c + ".opening is not null and " + c + ".opening > :at)"
                    + " or (" + c + ".opening is null and " + c + ".status = :forthcoming)))";
            case OPEN -> "(" + notCancelled + " and (" + running + ") and ((" + c + ".opening is not null and " + c + ".opening <= :at)"
                    + " or (" + c + ".opening is null and " + c + ".status <> :forthcoming)))";
        };
    }

    /** The parameters of {@link #jpql}, {@code at} the moment as the entity stores times. */
    static Map<String, Object> parameters(Object at) {
        return Map.of("at", at, "cancelled", CallStatus.CANCELLED, "closed", CallStatus.CLOSED, "forthcoming", CallStatus.FORTHCOMING,
                "open", CallStatus.OPEN);
    }
}
