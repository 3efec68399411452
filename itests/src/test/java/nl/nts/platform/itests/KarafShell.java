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

    /** Runs a command as this user with these roles, as Karaf's command ACLs see them. */
    String runAs(String user, String command, String... roles) throws Exception {
        return as(user, roles, () -> run(command));
    }

    /** Runs a command once, without waiting for it to be registered, as this user with these roles. */
    String tryAs(String user, String command, String... roles) throws Exception {
        return as(user, roles, () -> once(command));
    }

    private static String as(String user, String[] roles, PrivilegedExceptionAction<String> action) throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        try {
            return Subject.doAs(subject, action);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }

    /** Runs a command as the national operator, whom the distribution's ACLs let manage features, bundles and configuration. */
    String runAsOperator(String command) throws Exception {
        return runAs("itest", command, "kia-operator");
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
