package nl.nts.platform.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.model.Input;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.service.InputFilter;
import nl.nts.platform.api.service.Inputs;

@Command(scope = "nts", name = "inputs", description = "Lists and searches the input from workshops")
@Service
public class InputsCommand implements Action {

    @Reference
    Inputs inputs;

    @Argument(name = "text", description = "Words the text must have, each the start of one of its words (case and accents ignored)", multiValued = true)
    List<String> words;

    @Option(name = "-w", aliases = "--workshop", description = "Only input from this workshop (id)")
    Long workshop;

    @Option(name = "-r", aliases = "--rom", description = "Only input owned by this ROM")
    String rom;

    @Option(name = "--theme", description = "Only input of this theme, e.g. TALENT")
    String theme;

    @Option(name = "-k", aliases = "--kind", description = "Only input of this kind: CHALLENGE, OPPORTUNITY, PROPOSAL, RISK")
    InputKind kind;

    @Option(name = "-s", aliases = "--status", description = "Only input in this status, e.g. received")
    String status;

    @Option(name = "-p", aliases = "--page", description = "The page to show, from 1")
    int page = 1;

    @Override
    public Object execute() {
        Page<Input> found = inputs.find(new InputFilter(workshop, rom, null, null, null, theme, kind, status,
                words == null ? null : String.join(" ", words)), new PageRequest(page, PageRequest.DEFAULT_SIZE, null));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Kind");
        table.column("Theme");
        table.column("Status");
        table.column("Text").maxSize(70);
        table.column("Answered by");
        for (Input i : found.items()) {
            table.addRow().addContent(i.id(), i.kind(), i.theme(), i.status(), i.text(),
                    i.answeredBy().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        table.print(System.out);
        System.out.println(Listings.footer(found));
        return null;
    }
}
