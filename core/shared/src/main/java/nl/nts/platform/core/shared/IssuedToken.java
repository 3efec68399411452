package nl.nts.platform.core.shared;

/**
 * A token just created, with its secret: the only time the secret is known outside the caller.
 *
 * @param token  the token as it is listed
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "IssuedToken[" + token + ", secret=<hidden>]";
    }
}
