package nl.nts.platform.core.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.model.PersonalDataCopy;
import nl.nts.platform.api.model.PersonalDataErasure;
import nl.nts.platform.api.service.PersonQuery;
import nl.nts.platform.api.service.PersonalData;
import nl.nts.platform.core.shared.PersonalDataPage;

@Command(scope = "nts", name = "personal-data", description = "Lists what the platform holds about one person (the right of access), writes it as a page to read, or erases it")
@Service
public class PersonalDataCommand implements Action {

    @Reference
    PersonalData data;

    @Option(name = "-n", aliases = "--name", description = "The person's name, matched whole, case ignored")
    String name;

    @Option(name = "-e", aliases = "--email", description = "The person's e-mail address, case ignored")
    String email;

    @Option(name = "-u", aliases = "--user", description = "The user name of the person's account")
    String user;

    @Option(name = "--html", description = "Write the copy as a page to read into this file (for the person)")
    String html;

    @Option(name = "--erase", description = "Erase the person's data instead (with --yes): names become a pseudonym, e-mail addresses and contacts go")
    boolean erase;

    @Option(name = "--yes", description = "Confirms --erase")
    boolean yes;

    @Override
    public Object execute() throws IOException {
        PersonQuery person = new PersonQuery(name, email, user);
        if (erase) {
            if (!yes) {
                System.out.println("nothing erased: --erase changes " + data.copy(person).findings().size() + " findings for good; add --yes to erase them");
                return null;
            }
            PersonalDataErasure done = data.erase(person);
            System.out.println("erased as " + done.pseudonym() + ": " + (done.changed().isEmpty() ? "nothing held"
                    : done.changed().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
            return null;
        }
        PersonalDataCopy copy = data.copy(person);
        if (html != null) {
            Path file = Path.of(html);
            Files.writeString(file, PersonalDataPage.html(copy, data.fields()), StandardCharsets.UTF_8);
            System.out.println(copy.findings().size() + " findings written to " + file.toAbsolutePath());
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Place");
        table.column("Record");
        table.column("ROM");
        table.column("What it is").maxSize(50);
        table.column("Holds").maxSize(60);
        for (PersonalDataCopy.Finding f : copy.findings()) {
            table.addRow().addContent(f.place(), f.kind() + (f.record() == null ? "" : " " + f.record()), f.rom() == null ? "" : f.rom(),
                    f.context() == null ? "" : f.context(), f.values().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        table.print(System.out);
        System.out.println(copy.findings().size() + " findings" + (copy.roms().isEmpty() ? " in every record" : " in the records of "
                + String.join(", ", copy.roms())) + (copy.complete() ? "" : "; not complete: some places held more than is listed"));
        return null;
    }
}
