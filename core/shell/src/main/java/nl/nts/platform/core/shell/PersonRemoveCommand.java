package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.core.shared.People;

@Command(scope = "nts", name = "person-remove", description = "Removes a person from the realm; their web sessions and API tokens stop at once")
@Service
public class PersonRemoveCommand implements Action {

    @Reference
    People people;

    @Argument(index = 0, name = "name", description = "The user name", required = true)
    String name;

    @Override
    public Object execute() {
        people.remove(name);
        System.out.println("removed " + name.strip() + "; their sessions and tokens no longer work");
        return null;
    }
}
