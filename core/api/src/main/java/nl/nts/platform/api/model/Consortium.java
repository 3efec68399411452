package nl.nts.platform.api.model;

import java.util.List;

/**
 * Organisations joining forces to answer a funding call.
 *
 * @param id      assigned on create
 * @param call    the id of the funding call it answers
 * @param name    1 to 200 characters
 * @param lead    the id of the leading organisation (the coordinator)
 * @param members the other members, each with its role
 * @param rom     the ROM that brokers it and owns the record; may be null for a national
 *                consortium
 * @param version raised by every change
 * @param stamp   when and by whom it was created and changed
 */
public record Consortium(Long id, Long call, String name, Long lead, List<Member> members, String rom, Long version, Stamp stamp) {

    public Consortium {
        members = Copies.list(members);
    }

    /**
     * @param organisation the member's organisation id
     * @param role         its role, e.g. "partner", "subcontractor", "end user"; 1 to 100
     *                     characters
     */
    public record Member(Long organisation, String role) {
    }
}
