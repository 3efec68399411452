package nl.nts.platform.api.service;

/**
 * Who to look for in the platform's personal data: by name, e-mail address and user name, any
 * of them (at least one). A name and an e-mail address are matched whole, ignoring case and
 * the blanks around them; a user name exactly.
 *
 * @param name  a person's name, e.g. "Anna de Vries"; may be null
 * @param email an e-mail address; may be null
 * @param user  the user name of an account of the platform's realm; may be null
 * @since 2.3
 */
public record PersonQuery(String name, String email, String user) {
}
