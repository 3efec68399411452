package nl.nts.platform.core.shell;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.core.shared.People.Issued;

@Command(scope = "nts", name = "person-password", description = "Sets a new password for a person; asks for it twice (no echo), or -g generates one")
@Service
public class PersonPasswordCommand extends SettingPassword {

    @Argument(index = 0, name = "name", description = "The user name", required = true)
    String name;

    @Override
    public Object execute() {
        // the person is looked up first: nobody types a password for a name that is not there
        String user = people.get(name).name();
        Issued issued = people.resetPassword(user, password(user));
        System.out.println("new password set for " + issued.person().name() + "; it counts from their next login");
        printGenerated(issued);
        return null;
    }
}
