package nl.nts.platform.itests;

import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam options that boot our own distribution archive (not stock Karaf) on free ports.
 * Runs in the failsafe JVM; values the tests need inside Karaf travel through
 * etc/system.properties.
 */
final class NtsDistribution {

    static final String HTTP_PORT = "nts.itest.http.port";
    static final String LOG_DIR = "nts.itest.log.dir";
    static final String SSH_PORT = "nts.itest.ssh.port";
    /** The admin database of a PostgreSQL server (jdbc:postgresql://HOST:PORT/postgres, user and password nts): run on it instead of H2. */
    static final String JDBC_URL = "nts.it.jdbc.url";
    /** The Karaf of the distribution (the root pom's karaf.version, given by failsafe). */
    private static final String KARAF_VERSION = System.getProperty("nts.karaf.version", "4.4.10");

    private NtsDistribution() {
    }

    static Option[] options() {
        return options(false);
    }

    /** @param remoteShell whether Karaf's SSH server runs (Pax Exam stops it by default), for a test that logs in over SSH */
    static Option[] options(boolean remoteShell) {
        String archive = System.getProperty("nts.distribution");
        if (archive == null || !new File(archive).isFile()) {
            throw new IllegalStateException("system property nts.distribution must name the distribution archive, was " + archive);
        }
        File work = new File(System.getProperty("nts.itest.dir", "target/itest"));
        int http = freePort();
        int ssh = freePort();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(archive).toURI().toString())
                    .name("nts-platform")
                    .unpackDirectory(new File(work, "exam"))
                    .useDeployFolder(false),
            remoteShell ? configureConsole().ignoreLocalConsole().startRemoteShell() : configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            // what bin/karaf gives the JVM on Java 9+ and Pax Exam does not: Karaf's spec locator in
            // java.base. Without it Karaf's specs activator failed (NoClassDefFoundError OsgiLocator)
            // as the Liquibase feature's bundles resolved, and logging fell back to the console.
            vmOptions("--add-exports=java.base/org.apache.karaf.specs.locator=ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar"),
            logLevel(LogLevel.INFO),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1"),
            editConfigurationFilePut("etc/system.properties", SSH_PORT, String.valueOf(ssh)),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/system.properties", HTTP_PORT, String.valueOf(http)),
            // the tests' user: an operator of the national platform
            editConfigurationFilePut("etc/users.properties", Api.USER, Api.PASSWORD + ",kia-operator"),
            // a member of one ROM, for the tenancy tests
            editConfigurationFilePut("etc/users.properties", "bom-member", "bom-password,rom-member:BOM"),
            editConfigurationFilePut("etc/users.properties", "bom-admin", "bom-admin-password,rom-admin:BOM,rom-member:BOM"),
            editConfigurationFilePut("etc/users.properties", "liof-member", "liof-password,rom-member:LIOF"),
            // written as the README writes users, with blanks after the commas: the realm lists ' rom-member:BOM'
            editConfigurationFilePut("etc/users.properties", "spaced", "spaced-password, rom-member:BOM, rom-admin:BOM"),
            editConfigurationFilePut("etc/users.properties", "liof-board", "liof-board-password,rom-member:LIOF,liof-advisory-board"),
            // the target of the brute-force test; no other test logs in as it
            editConfigurationFilePut("etc/users.properties", "brute", "brute-password,rom-member:BOM"),
            editConfigurationFilePut("etc/users.properties", "brute-ssh", "brute-ssh-password,rom-member:BOM"),
            // logs in while the realm cannot check passwords (AccessIT); no other test logs in as it
            editConfigurationFilePut("etc/users.properties", "early", "early-password,rom-member:BOM"),
            // logs in over SSH (Karaf's sshRole), for the test of user names with control characters
            editConfigurationFilePut("etc/users.properties", "ssh-user", "ssh-user-password,ssh"),
            // Karaf's stock administrator roles and nothing of ours: the ACL tests show these grant nothing
            editConfigurationFilePut("etc/users.properties", "stock-admin", "stock-admin-password,admin,manager,viewer,systembundles,rom-admin:BOM"),
            // failed logins: locked after 4 in a row, for 2 s (doubling up to 4 s), so the test waits briefly
            editConfigurationFilePut("etc/nl.nts.platform.security.cfg", "loginMaxFailures", "4"),
            editConfigurationFilePut("etc/nl.nts.platform.security.cfg", "loginLockSeconds", "2"),
            editConfigurationFilePut("etc/nl.nts.platform.security.cfg", "loginMaxLockSeconds", "4"),
            // report formats: a short leash, so tests of hanging plugins and of updates run quickly
            editConfigurationFilePut("etc/nl.nts.platform.reports.cfg", "timeoutSeconds", "3"),
            editConfigurationFilePut("etc/nl.nts.platform.reports.cfg", "awaitMissingSeconds", "5"),
            editConfigurationFilePut("etc/nl.nts.platform.workflows.cfg", "hookTimeoutSeconds", "2"),
            editConfigurationFilePut("etc/system.properties", LOG_DIR, new File(work, "logs").getAbsolutePath()),
        };
    }

    /** The options, plus the data source on a database of this container's own when {@link #JDBC_URL} names a PostgreSQL server. */
    static Option[] optionsWithDatabase() {
        String admin = System.getProperty(JDBC_URL);
        if (admin == null || admin.isBlank()) {
            return options();
        }
        String url = PostgresDatabases.create(admin);
        return with(options(), dataSource("org.postgresql.Driver", url, PostgresDatabases.USER, PostgresDatabases.PASSWORD));
    }

    /** The four lines of etc/org.ops4j.datasource-nts.cfg that choose the database, as the README tells an operator to change them. */
    static Option[] dataSource(String driverClass, String url, String user, String password) {
        String cfg = "etc/org.ops4j.datasource-nts.cfg";
        return new Option[] {
            editConfigurationFilePut(cfg, "osgi.jdbc.driver.class", driverClass),
            editConfigurationFilePut(cfg, "url", url),
            editConfigurationFilePut(cfg, "user", user),
            editConfigurationFilePut(cfg, "password", password),
        };
    }

    static Option[] with(Option[] options, Option... more) {
        Option[] all = java.util.Arrays.copyOf(options, options.length + more.length);
        System.arraycopy(more, 0, all, options.length, more.length);
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
