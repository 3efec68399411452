package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.shared.People.Issued;

@Command(scope = "nts", name = "person-add", description = "Adds a person to the realm with these roles; asks for the first password twice (no echo), or -g generates one")
@Service
public class PersonAddCommand implements Action {

    @Reference
    People people;

    @Reference
    Session session;

    @Option(name = "-g", aliases = "--generate", description = "Generate the password and print it once")
    boolean generate;

    @Argument(index = 0, name = "name", description = "The user name, e.g. jan.devries", required = true)
    String name;

    @Argument(index = 1, name = "roles", description = "The roles, e.g. rom-member:BOM rom-admin:BOM", multiValued = true)
    List<String> roles;

    @Override
    public Object execute() {
        String password = generate ? null : PersonPasswords.read(session, name.strip());
        Issued issued = people.add(name, password, roles == null ? List.of() : roles);
        System.out.println("added " + PeopleListCommand.line(issued.person()));
        if (issued.password() != null) {
            System.out.println(PersonPasswords.shown(issued.password()));
        }
        return null;
    }
}
