package nl.nts.platform.core.shell;

import java.io.IOException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.shared.People.Issued;

/** What the commands that set a password share: a password typed twice without echo, or {@code -g} to have one generated. */
abstract class SettingPassword implements Action {

    @Reference
    People people;

    @Reference
    Session session;

    @Option(name = "-g", aliases = "--generate", description = "Generate the password and print it once")
    boolean generate;

    /** @return the password typed twice alike, or null with {@code -g}; refused (one line) when the two differ or the shell cannot ask */
    String password(String user) {
        if (generate) {
            return null;
        }
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

    /** Prints the password the platform generated, once. */
    static void printGenerated(Issued issued) {
        if (issued.password() != null) {
            System.out.println("generated password (shown once, hand it over now): " + issued.password());
        }
    }
}
