package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.api.ValidationException;
import nl.nts.platform.core.shared.People;

@Command(scope = "nts", name = "person-roles", description = "Gives a person exactly these roles (those of their groups stay); a session or token of theirs loses the others at once")
@Service
public class PersonRolesCommand implements Action {

    @Reference
    People people;

    @Option(name = "--none", description = "Take every role given directly")
    boolean none;

    @Argument(index = 0, name = "name", description = "The user name", required = true)
    String name;

    @Argument(index = 1, name = "roles", description = "The roles from now on, e.g. rom-member:BOM", multiValued = true)
    List<String> roles;

    @Override
    public Object execute() {
        boolean given = roles != null && !roles.isEmpty();
        if (given == none) {
            throw new ValidationException("roles", given ? "name roles or give --none, not both" : "name the roles from now on, or give --none to take all");
        }
        System.out.println("roles of " + PeopleListCommand.line(people.setRoles(name, none ? List.of() : roles)));
        return null;
    }
}
