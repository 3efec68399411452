package nl.nts.platform.api.model;

import java.util.List;

/**
 * A record held in a state its ROM's current workflow does not know, because the workflow was
 * upgraded or removed. It stays as it is until an operator moves it.
 *
 * @param subject e.g. {@code input}
 * @param id      the record's id
 * @param rom     the ROM that owns it
 * @param state   the state it is held in
 * @param workflow the name of the workflow that applies now
 * @param states  the states it can be moved to
 */
public record Attention(String subject, long id, String rom, String state, String workflow, List<String> states) {

    public Attention {
        states = List.copyOf(states);
    }
}
