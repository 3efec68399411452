package nl.nts.platform.core.rest;

/**
 * A workflow step on an input, action or plan.
 *
 * @param transition the transition's code, e.g. {@code triage} or {@code submit}
 * @param reason     why; some transitions require one
 */
public record TransitionRequest(String transition, String reason) {
}
