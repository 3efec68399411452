package nl.nts.platform.api.model;

import java.util.List;

/**
 * A challenge, opportunity, proposal or risk brought in at a workshop. It belongs to the
 * workshop's ROM.
 *
 * @param id           assigned on create
 * @param workshop     the id of the workshop it was brought in at
 * @param organisation the id of the contributing organisation; may be null
 * @param kind         what it is
 * @param theme        the code of its theme (see {@code GET /api/themes})
 * @param technologies the key technologies it concerns
 * @param valueChain   the code of the value chain it concerns; may be null
 * @param text         what was said, 1 to 4000 characters
 * @param status       where it is in its ROM's workflow; {@code received} when new. The
 *                     national default workflow knows {@code received}, {@code triaged},
 *                     {@code answered} and {@code declined}.
 * @param rom          the ROM that owns it: the workshop's; set by the core
 * @param answeredBy   ids of the actions that answer it; set by the core from the actions
 * @param version      raised by every change
 * @param stamp        when and by whom it was created and changed
 */
public record Input(
        Long id,
        Long workshop,
        Long organisation,
        InputKind kind,
        String theme,
        List<String> technologies,
        String valueChain,
        String text,
        String status,
        String rom,
        List<Long> answeredBy,
        Long version,
        Stamp stamp) {

    public Input {
        technologies = Copies.list(technologies);
        answeredBy = Copies.list(answeredBy);
    }
}
