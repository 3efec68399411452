package nl.nts.platform.core.shell;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import nl.nts.platform.core.shared.ApiToken;
import nl.nts.platform.core.shared.ApiTokens;

@Command(scope = "nts", name = "tokens", description = "Lists the API tokens of all users (never their secrets), or revokes one")
@Service
public class TokensCommand implements Action {

    @Reference
    ApiTokens tokens;

    @Option(name = "-u", aliases = "--user", description = "Only this user's tokens")
    String user;

    @Option(name = "--revoke", description = "Revoke the token with this id; it stops working at once")
    Long revoke;

    @Override
    public Object execute() {
        if (revoke != null) {
            ApiToken revoked = tokens.revoke(revoke);
            System.out.println("token " + revoked.id() + " ('" + revoked.name() + "' of " + revoked.user() + ") is " + revoked.status());
            return null;
        }
        List<ApiToken> found = tokens.list(user == null || user.isBlank() ? "*" : user);
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("User");
        table.column("Name").maxSize(40);
        table.column("Hint");
        table.column("Status");
        table.column("Created");
        table.column("Expires");
        table.column("Last used");
        for (ApiToken t : found) {
            table.addRow().addContent(t.id(), t.user(), t.name(), t.hint(), t.status(), t.createdAt().truncatedTo(ChronoUnit.SECONDS),
                    t.expiresAt() == null ? "never" : t.expiresAt().truncatedTo(ChronoUnit.SECONDS),
                    t.lastUsed() == null ? "" : t.lastUsed().truncatedTo(ChronoUnit.SECONDS));
        }
        table.print(System.out);
        System.out.println(found.size() + (found.size() == 1 ? " token" : " tokens"));
        return null;
    }
}
