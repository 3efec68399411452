package nl.nts.platform.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

/**
 * The plugin kit as an integrator uses it: {@code mvn archetype:generate} makes a ROM's plugin
 * project from nts-plugin-archetype, which then builds offline against what the platform
 * publishes (nts-core-api, nts-features) and passes its own tests, the Pax Exam one booting the
 * platform's distribution, adding the plugin's repository as the ROM's admin, installing the
 * plugin over REST and asking its workflow, report format and connector. Runs Maven as a
 * process, on the local repository of this build; prints how long it took from generate to the
 * plugin answering.
 */
public class PluginArchetypeIT {

    @Test
    public void aGeneratedPluginBuildsOfflineAndAnswersInThePlatform() throws Exception {
        Path work = Files.createDirectories(Paths.get(System.getProperty("nts.itest.dir", "target/itest"), "archetype"));
        Path project = work.resolve("bom-crm");
        if (Files.exists(project)) {
            try (var files = Files.walk(project)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
        long started = System.nanoTime();
        run(work, "generate", "org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate", "-DinteractiveMode=false",
                "-DarchetypeGroupId=nl.nts.platform", "-DarchetypeArtifactId=nts-plugin-archetype", "-DarchetypeVersion=" + System.getProperty("nts.version"),
                "-DgroupId=nl.bom.nts", "-DartifactId=bom-crm", "-Dversion=1.0.0-SNAPSHOT", "-Dpackage=nl.bom.nts.crm", "-DpluginId=bom-crm", "-Drom=BOM");
        long generated = System.nanoTime();
        assertTrue(Files.isRegularFile(project.resolve("src/main/java/nl/bom/nts/crm/SummaryReport.java")));
        String pom = Files.readString(project.resolve("pom.xml"));
        assertTrue("the project depends on the platform's published API and features, and no other of its artifacts but the distribution its test boots",
                pom.contains("<artifactId>nts-core-api</artifactId>") && pom.contains("<artifactId>nts-features</artifactId>")
                        && !pom.contains("nts-core-plugins") && !pom.contains("<parent>"));

        String log = run(project, "verify", "verify");
        long answered = System.nanoTime();
        assertTrue(log, log.contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0"));
        assertTrue(log, log.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed")
                && log.contains("in nl.bom.nts.crm.PluginInPlatformIT"));
        assertTrue(Files.isRegularFile(project.resolve("target/bom-crm-1.0.0-SNAPSHOT.jar")));
        String features = Files.readString(project.resolve("target/feature/feature.xml"));
        assertTrue(features, features.contains("<feature name=\"nts-plugin-bom-crm\" description=\"BOM plugin: intake workflow, summary report, register connector\" version=\"1.0.0-SNAPSHOT\""));
        System.out.printf("PluginArchetypeIT: archetype:generate %.1f s, then mvn -o verify (compile, unit test, package, Pax Exam: boot the distribution,"
                + " add the repository, install, ask) %.1f s: %.1f s from generate to the plugin answering%n",
                (generated - started) / 1e9, (answered - generated) / 1e9, (answered - started) / 1e9);
    }

    /** Runs Maven offline on this build's local repository; fails with its output when it fails. */
    private static String run(Path directory, String what, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        String home = System.getProperty("nts.maven.home");
        command.add(home == null || home.isBlank() ? "mvn" : Paths.get(home, "bin", "mvn").toString());
        command.add("-B");
        command.add("-o");
        command.add("-Dmaven.repo.local=" + System.getProperty("nts.maven.repo"));
        command.addAll(List.of(arguments));
        Path output = directory.resolve("mvn-" + what + ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("mvn " + what + " did not finish within 15 minutes; see " + output);
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals("mvn " + what + " failed; its output is in " + output + ":\n" + tail(log), 0, process.exitValue());
        return log;
    }

    private static String tail(String log) {
        return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
    }
}
