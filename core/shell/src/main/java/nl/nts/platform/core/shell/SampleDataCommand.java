package nl.nts.platform.core.shell;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import nl.nts.platform.api.service.SampleData;

@Command(scope = "nts", name = "load-sample-data", description = "Loads the sample data set into an empty database")
@Service
public class SampleDataCommand implements Action {

    @Reference
    SampleData sampleData;

    @Reference
    Session session;

    @Override
    public Object execute() {
        String by = String.valueOf(session.get("USER"));
        Map<String, Integer> loaded = sampleData.loadIntoEmptyDatabase();
        System.out.println("loaded " + loaded);
        return null;
    }
}
