package nl.nts.platform.itests;

import java.time.Duration;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Rule;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;

/**
 * What every Pax Exam test of the platform shares: our distribution booted on free ports (on
 * PostgreSQL when {@code nts.it.jdbc.url} names a server, on its embedded H2 otherwise), the
 * REST API ready before a test starts, the shell, and karaf.log kept when a test fails. Each
 * subclass runs in one container of its own ({@code @ExamReactorStrategy(PerClass.class)}).
 */
public abstract class PlatformTest {

    @Rule
    public final KeepLogOnFailure keepLog = new KeepLogOnFailure();

    @Inject
    protected SessionFactory sessionFactory;

    protected Api api;

    @Configuration
    public Option[] configuration() {
        return NtsDistribution.optionsWithDatabase();
    }

    @Before
    public void awaitApi() throws Exception {
        api = new Api(Integer.getInteger(NtsDistribution.HTTP_PORT));
        api.awaitReady(Api.START);
    }

    protected KarafShell shell() {
        return new KarafShell(sessionFactory);
    }

    /** The HTTP port of this test's runtime. */
    protected static int port() {
        return Integer.getInteger(NtsDistribution.HTTP_PORT);
    }

    /** The API as one of the users NtsDistribution gives the runtime. */
    protected static Api user(String name, String password) {
        return new Api(port(), name, password);
    }
}
