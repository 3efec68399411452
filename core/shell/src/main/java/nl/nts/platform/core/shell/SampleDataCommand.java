package nl.nts.platform.core.shell;

import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import nl.nts.platform.api.service.SampleData;

@Command(scope = "nts", name = "load-sample-data", description = "Loads the sample data set into an empty database")
@Service
public class SampleDataCommand implements Action {

    @Reference
    SampleData sampleData;

    @Override
    public Object execute() {
        Map<String, Integer> loaded = sampleData.loadIntoEmptyDatabase();
        System.out.println("loaded " + loaded);
        return null;
    }
}
