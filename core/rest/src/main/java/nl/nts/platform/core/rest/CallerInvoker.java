package nl.nts.platform.core.rest;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.cxf.jaxrs.JAXRSInvoker;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

import nl.nts.platform.core.shared.Caller;
import nl.nts.platform.core.shared.CallerScope;

/**
 * Runs every resource method for the caller {@link Authentication} found: the core's services
 * decide from there what that caller may do. A request without a login (the public reads)
 * runs for an anonymous caller, who changes nothing.
 */
final class CallerInvoker extends JAXRSInvoker {

    private final CallerScope scope;

    CallerInvoker(CallerScope scope) {
        this.scope = scope;
    }

    @Override
    public Object invoke(Exchange exchange, Object request) {
        return scope.call(callerOf(exchange), () -> super.invoke(exchange, request));
    }

    static Caller callerOf(Exchange exchange) {
        SecurityContext security = exchange.getInMessage() == null ? null : exchange.getInMessage().get(SecurityContext.class);
        Subject subject = security instanceof LoginSecurityContext login ? login.getSubject() : null;
        if (subject == null) {
            return Caller.anonymous();
        }
        Optional<String> user = subject.getPrincipals(UserPrincipal.class).stream().map(Principal::getName).findFirst();
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).collect(Collectors.toSet());
        return user.map(name -> Caller.user(name, roles)).orElseGet(Caller::anonymous);
    }
}
