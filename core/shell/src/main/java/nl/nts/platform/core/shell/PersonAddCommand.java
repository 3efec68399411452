package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.core.shared.People.Issued;

@Command(scope = "nts", name = "person-add", description = "Adds a person to the realm with these roles; asks for the first password twice (no echo), or -g generates one")
@Service
public class PersonAddCommand extends SettingPassword {

    @Argument(index = 0, name = "name", description = "The user name, e.g. jan.devries", required = true)
    String name;

    @Argument(index = 1, name = "roles", description = "The roles, e.g. rom-member:BOM rom-admin:BOM", multiValued = true)
    List<String> roles;

    @Override
    public Object execute() {
        String password = password(name.strip());
        Issued issued = people.add(name, password, roles == null ? List.of() : roles);
        System.out.println("added " + PeopleListCommand.line(issued.person()));
        printGenerated(issued);
        return null;
    }
}
