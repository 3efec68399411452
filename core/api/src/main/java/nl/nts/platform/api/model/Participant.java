package nl.nts.platform.api.model;

/**
 * A person at a workshop. The platform keeps no more about people than this.
 *
 * @param name         the person's name, 1 to 200 characters
 * @param role         the person's role, e.g. "CTO" or "moderator"; may be null
 * @param email        an e-mail address; may be null
 * @param organisation the id of the organisation the person came for; may be null
 */
public record Participant(String name, String role, String email, Long organisation) {
}
