package nl.nts.platform.core.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.component.LifeCycle;
import org.ops4j.pax.web.service.WebContainer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.HttpContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP edge of the platform: every bad request gets a problem document of ours, never a
 * Jetty or CXF HTML page or a Java type's name, whatever refuses it.
 * <ul>
 * <li>Before any servlet: a Jetty handler (Pax Web runs {@code org.eclipse.jetty.server.Handler}
 * services of positive rank before its contexts) refuses under {@code /api} what CXF's servlet
 * cannot read ({@link EdgeRules}: a bogus charset, a broken query escape), and TRACE anywhere;
 * it makes Jetty's server-wide error handler ours ({@link ProblemErrorHandler}: requests Jetty
 * cannot parse, 400/414/431/505).</li>
 * <li>In the servlet context CXF and the docs live in: error pages (Pax Web's
 * {@link WebContainer}) for every 4xx and 5xx and every exception a servlet throws, answered by
 * a servlet of ours: unknown paths outside {@code /api}, {@code /}, a servlet's failure.</li>
 * </ul>
 * What CXF answers itself (every path under {@code /api}) is our resources' and mappers'.
 */
@Component(immediate = true, service = {})
public class HttpEdge {

    static final String ERROR_PATH = "/_problem";
    private static final Logger LOG = Logger.getLogger(HttpEdge.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] ERRORS = {"4xx", "5xx", Throwable.class.getName()};

    private final WebContainer web;
    private final HttpContext context;
    /**
     * Pax Web activates this component on its own configuration thread, which also carries out
     * every registration: registering on it would wait for itself. So the work runs here.
     */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "nts-http-edge"));

    @Activate
    public HttpEdge(@Reference WebContainer web) {
        this.web = web;
        this.context = web.createDefaultHttpContext();
        worker.execute(this::register);
    }

    private void register() {
        try {
            web.registerServlet(ERROR_PATH, new ProblemPage(), null, context);
            web.registerErrorPages(ERRORS, ERROR_PATH, context);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Cannot register the error pages of the HTTP edge; errors outside /api answer as Jetty writes them", e);
        }
    }

    @Deactivate
    void stop() {
        worker.execute(() -> {
            try {
                web.unregisterErrorPages(ERRORS, context);
                web.unregister(ERROR_PATH);
            } catch (RuntimeException e) {
                // the HTTP service went first (it takes our registrations with it)
                LOG.log(Level.FINE, "error pages already gone", e);
            }
        });
        worker.shutdown();
    }

    /**
     * Publishes the {@link EdgeHandler}, from this bundle's Bundle-Activator (not a component),
     * at the moment Pax Web's Jetty bundle has started and before Pax Web's runtime makes the
     * server: this bundle starts a start level before Pax Web (29, features.xml) and waits for
     * that moment. Pax Web restarts its whole server whenever a Jetty handler service comes or
     * goes: published once the server ran, the handler restarted it during every start of the
     * platform (a second of it), and a connection the first server had just accepted was left
     * open and unanswered for ever. Published before Pax Web's Jetty bundle starts, it is worse:
     * Pax Web 8.0 opens its handler tracker before it has made its factory, and fails to start.
     * When Pax Web's Jetty bundle is running already (this bundle updated), the handler is
     * published at once and the server restarts once, as it must. The handler holds no
     * reference: a handler bound to the HTTP service would restart the server for ever.
     */
    public static final class Publisher implements BundleActivator, SynchronousBundleListener {

        static final String JETTY = "org.ops4j.pax.web.pax-web-jetty";

        private BundleContext context;
        private ServiceRegistration<Handler> registration;

        @Override
        public synchronized void start(BundleContext bundle) {
            context = bundle;
            bundle.addBundleListener(this);
            for (Bundle b : bundle.getBundles()) {
                if (JETTY.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE) {
                    publish();
                }
            }
        }

        @Override
        public void bundleChanged(BundleEvent event) {
            // delivered in the thread that started it, right after its activator made the factory
            if (event.getType() == BundleEvent.STARTED && JETTY.equals(event.getBundle().getSymbolicName())) {
                publish();
            }
        }

        private synchronized void publish() {
            if (registration == null && context != null) {
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put(Constants.SERVICE_RANKING, 1000);
                registration = context.registerService(Handler.class, new EdgeHandler(), properties);
            }
        }

        @Override
        public synchronized void stop(BundleContext bundle) {
            bundle.removeBundleListener(this);
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
            context = null;
        }
    }

    /** Runs before every servlet context of the server. */
    static final class EdgeHandler extends AbstractHandler {

        private volatile ErrorHandler replaced;

        @Override
        public void setServer(Server server) {
            super.setServer(server);
            if (server == null) {
                return;
            }
            // a server's beans change only while it does not start: now if it runs, else once it has started
            if (server.isStarted()) {
                install(server);
            } else {
                server.addLifeCycleListener(new AbstractLifeCycle.AbstractLifeCycleListener() {
                    @Override
                    public void lifeCycleStarted(LifeCycle event) {
                        install(server);
                    }
                });
            }
        }

        private synchronized void install(Server server) {
            if (getServer() == server && !(server.getErrorHandler() instanceof ProblemErrorHandler)) {
                replaced = server.getErrorHandler();
                server.setErrorHandler(new ProblemErrorHandler());
            }
        }

        @Override
        protected synchronized void doStop() throws Exception {
            Server server = getServer();
            if (server != null && server.isRunning() && server.getErrorHandler() instanceof ProblemErrorHandler && replaced != null) {
                server.setErrorHandler(replaced);
            }
            super.doStop();
        }

        @Override
        public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response) throws IOException {
            String method = request.getMethod();
            if ("TRACE".equals(method) || "TRACK".equals(method)) {
                response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS");
                write(response, new EdgeRules.Refusal(405, "Method Not Allowed", "this server does not answer " + method, null));
                base.setHandled(true);
                return;
            }
            // the path as sent, too: an encoded '/' or '..' may take a path written under /api out of it
            String raw = base.getHttpURI().getPath();
            if (!EdgeRules.underApi(target) && !EdgeRules.underApi(raw)) {
                return;
            }
            EdgeRules.Refusal refusal = EdgeRules.path(raw);
            if (refusal == null) {
                refusal = EdgeRules.contentType(request.getHeader("Content-Type"));
            }
            if (refusal == null) {
                refusal = EdgeRules.query(base.getQueryString());
            }
            if (refusal != null) {
                write(response, refusal);
                base.setHandled(true);
            }
        }
    }

    /** The error page of the servlet context: what a servlet (or the context itself) answered with an error, as a problem document. */
    static final class ProblemPage extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i ? i : 404;
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            EdgeRules.Refusal refusal = refusal(status, request.getMethod());
            if (failure instanceof Throwable e || status >= 500) {
                String incident = UUID.randomUUID().toString();
                Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
                LOG.log(Level.SEVERE, "Request " + request.getMethod() + " " + EdgeRules.shown(String.valueOf(uri)) + " failed, incident " + incident,
                        failure instanceof Throwable t ? t : null);
                refusal = new EdgeRules.Refusal(status, HttpStatus.getMessage(status),
                        "the request failed on the server; the log holds the cause under incident " + incident, null);
            }
            response.reset();
            write(response, refusal);
        }
    }

    /** A problem document for a status a servlet or Jetty answered, in words, never an exception's. */
    static EdgeRules.Refusal refusal(int status, String method) {
        String title = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case 400 -> "the request cannot be read";
            case 401 -> "log in with HTTP Basic (a user of the platform's realm) or a bearer token";
            case 403 -> "this request is not allowed";
            case 404 -> "no resource at this address; GET /api lists what there is";
            case 405 -> "this resource does not answer " + EdgeRules.shown(String.valueOf(method));
            case 406 -> "this resource answers in application/json only";
            case 413 -> "the request's body is too large";
            case 414 -> "the request's URI is too long";
            case 415 -> "send the request body as application/json";
            case 431 -> "the request's headers are too large";
            case 503 -> "the platform is starting or stopping; try again in a moment";
            default -> status >= 500 ? "the request failed on the server" : "the request cannot be served";
        };
        return new EdgeRules.Refusal(status, title, detail, null);
    }

    static byte[] json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document cannot be written", e);
        }
    }

    static void write(HttpServletResponse response, EdgeRules.Refusal refusal) throws IOException {
        byte[] body = json(refusal.body());
        response.setStatus(refusal.status());
        response.setContentType(Problems.PROBLEM_JSON.toString());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
