package nl.nts.platform.core.rest;



import org.apache.cxf.jaxrs.JAXRSInvoker;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.security.LoginSecurityContext;
import org.apache.cxf.security.SecurityContext;

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
        Caller caller = Caller.of(security instanceof LoginSecurityContext login ? login.getSubject() : null).orElseGet(Caller::anonymous);
        // a request authenticated by an API token acts for its user, as that token: the token service refuses it a new token
        Object token = exchange.getInMessage() == null ? null : exchange.getInMessage().get(Authentication.TOKEN_ID);
        return token instanceof Long id && caller.kind() == Caller.Kind.USER ? caller.withToken(id) : caller;
    }
}
