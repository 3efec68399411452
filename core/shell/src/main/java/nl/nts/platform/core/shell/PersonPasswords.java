package nl.nts.platform.core.shell;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;

import nl.nts.platform.api.ValidationException;

/** A password typed twice without echo, for the commands that set one. */
final class PersonPasswords {

    private PersonPasswords() {
    }

    /** @return the password typed twice alike; refused (one line) when the two differ or the shell cannot ask */
    static String read(Session session, String user) {
        try {
            String first = session.readLine("New password for " + user + ": ", '*');
            String second = session.readLine("The same again: ", '*');
            if (first == null || second == null) {
                throw new ValidationException("password", "none was typed; type it twice, or give -g to have one generated");
            }
            if (!first.equals(second)) {
                throw new ValidationException("password", "the two passwords typed differ; nothing was changed");
            }
            return first;
        } catch (IOException | UnsupportedOperationException e) {
            throw new ValidationException("password", "this shell cannot ask for one without echo; give -g to have one generated");
        }
    }

    /** The line that shows a generated password, once. */
    static String shown(String password) {
        return "generated password (shown once, hand it over now): " + password;
    }
}
