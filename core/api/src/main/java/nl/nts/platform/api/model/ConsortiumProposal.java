package nl.nts.platform.api.model;

import java.util.List;

/**
 * A consortium the core proposes for a funding call from the organisations that fit it and are
 * in no consortium for it yet. Nothing is stored: a ROM that brokers it creates a
 * {@link Consortium} of its own.
 *
 * <p>The conditions, in this order: a lead with EU project experience (a coordinator's role
 * counting before a participant's); at least one SME ({@link OrganisationKind#SME} or
 * {@link OrganisationKind#START_UP}); at least one knowledge institution; members from more than
 * one ROM's region where the call is {@link FundingCall#crossRegional() cross-regional}. Then the
 * best fits that bring a key technology of the call no member brings yet, up to six members.
 * Government bodies and investors are not proposed: they fund or buy, they do not take part.
 * Where a condition cannot be met, the proposal says so in {@code unmet} and does not pretend.
 *
 * @param lead     the proposed lead, or null when no fitting organisation has EU project experience
 * @param members  every proposed member, the lead first
 * @param unmet    the conditions it cannot meet, each in one sentence; empty when it meets them all
 * @param complete whether {@code unmet} is empty
 * @since 1.4
 */
public record ConsortiumProposal(Member lead, List<Member> members, List<String> unmet, boolean complete) {

    public ConsortiumProposal {
        members = Copies.list(members);
        unmet = Copies.list(unmet);
    }

    /**
     * One proposed member.
     *
     * @param organisation the organisation's id
     * @param name         its name
     * @param kind         its kind
     * @param rom          the ROM whose region it is in; null abroad
     * @param role         {@code lead} or {@code partner}
     * @param reason       why it is proposed, e.g. "lead: coordinator of 1 of 2 EU projects" or "knowledge institution"
     */
    public record Member(long organisation, String name, OrganisationKind kind, String rom, String role, String reason) {
    }
}
