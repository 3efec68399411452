package nl.nts.platform.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs Karaf shell commands in the container and returns what they printed. */
final class KarafShell {

    private final SessionFactory sessions;

    KarafShell(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * @return the command's output; waits (up to 30 s) for the command to be registered, since
     *         command bundles start asynchronously
     */
    String run(String command) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                return once(command);
            } catch (Exception e) {
                boolean notYet = String.valueOf(e.getMessage()).contains("Command not found");
                if (!notYet || Instant.now().isAfter(end)) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    /** Runs a command as a user with Karaf's admin role, which its ACL requires for managing features and bundles. */
    String runAsAdmin(String command) throws Exception {
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("itest"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        try {
            return Subject.doAs(admin, (PrivilegedExceptionAction<String>) () -> run(command));
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    private String once(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
