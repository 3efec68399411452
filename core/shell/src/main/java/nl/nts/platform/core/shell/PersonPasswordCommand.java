package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.shared.People.Issued;

@Command(scope = "nts", name = "person-password", description = "Sets a new password for a person; asks for it twice (no echo), or -g generates one")
@Service
public class PersonPasswordCommand implements Action {

    @Reference
    People people;

    @Reference
    Session session;

    @Option(name = "-g", aliases = "--generate", description = "Generate the password and print it once")
    boolean generate;

    @Argument(index = 0, name = "name", description = "The user name", required = true)
    String name;

    @Override
    public Object execute() {
        // the person is looked up first: nobody types a password for a name that is not there
        String user = people.get(name).name();
        Issued issued = people.resetPassword(user, generate ? null : PersonPasswords.read(session, user));
        System.out.println("new password set for " + issued.person().name() + "; it counts from their next login");
        if (issued.password() != null) {
            System.out.println(PersonPasswords.shown(issued.password()));
        }
        return null;
    }
}
