package nl.nts.platform.api.model;

import java.util.List;

import nl.nts.platform.api.plugin.Workflow;

/**
 * The workflow that applies to a ROM's records of one kind.
 *
 * @param subject     e.g. {@code input}
 * @param rom         the ROM it applies to
 * @param name        the workflow's name
 * @param plugin      the plugin contributing it, or {@code core} for the national default
 * @param initial     the state new records start in
 * @param states      its states
 * @param transitions its transitions
 */
public record WorkflowInfo(String subject, String rom, String name, String plugin, String initial, List<Workflow.State> states,
        List<Workflow.Transition> transitions) {

    public WorkflowInfo {
        states = List.copyOf(states);
        transitions = List.copyOf(transitions);
    }
}
