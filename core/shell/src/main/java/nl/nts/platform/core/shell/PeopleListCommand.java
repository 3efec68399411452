package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.shared.People.Person;

@Command(scope = "nts", name = "people-list", description = "Lists the people of the realm you may manage, with their roles and groups (never a password)")
@Service
public class PeopleListCommand implements Action {

    @Reference
    People people;

    @Override
    public Object execute() {
        List<Person> found = people.list();
        ShellTable table = new ShellTable();
        table.column("Name");
        table.column("Roles").maxSize(80);
        table.column("Groups (their roles)").maxSize(60);
        for (Person p : found) {
            table.addRow().addContent(p.name(), String.join(", ", p.roles()),
                    p.groups().isEmpty() ? "" : String.join(", ", p.groups()) + " (" + String.join(", ", p.groupRoles()) + ")");
        }
        table.print(System.out);
        System.out.println(found.size() + (found.size() == 1 ? " person" : " people"));
        return null;
    }

    /** One line for a person, as the commands that change one print it. */
    static String line(Person person) {
        return person.name() + " (" + (person.roles().isEmpty() ? "no roles" : String.join(", ", person.roles()))
                + (person.groups().isEmpty() ? "" : "; groups " + String.join(", ", person.groups())) + ")";
    }
}
