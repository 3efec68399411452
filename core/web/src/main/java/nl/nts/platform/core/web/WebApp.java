package nl.nts.platform.core.web;

import javax.servlet.ServletException;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;

/**
 * Serves the web application at {@code /} of the platform through Karaf's HTTP service, beside
 * the REST API at {@code /api} (CXF's servlet, which keeps its longer path). The pages are
 * static files of this bundle; everything they show and change goes through the REST API with
 * the user's session.
 */
@Component(immediate = true, service = {})
public class WebApp {

    static final String ALIAS = "/";

    private final HttpService http;

    @Activate
    public WebApp(BundleContext context, @Reference HttpService http) throws ServletException, NamespaceException {
        this.http = http;
        http.registerServlet(ALIAS, new WebFilesServlet(new WebFiles(context.getBundle()::getEntry, context.getBundle().getLastModified())), null, null);
    }

    @Deactivate
    void stop() {
        http.unregister(ALIAS);
    }
}
