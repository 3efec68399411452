package nl.nts.platform.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Delta;
import aQute.bnd.service.diff.Diff;
import aQute.bnd.service.diff.Type;
import aQute.bnd.version.Version;

/**
 * The evolution rule of {@code package-info.java}, checked by bnd's own baseline differ (the
 * bndlib maven-bundle-plugin runs): {@code Organisation} gains an optional component at its end
 * and keeps its previous canonical constructor, and bnd judges the package change MINOR; the
 * same change without the kept constructor is MAJOR.
 *
 * <p>"Old" is this module's compiled {@code target/classes}; "new" is a copy of them in which
 * {@code Organisation} is recompiled from its real source, edited the way the rule says. So
 * the test follows {@code Organisation} as it changes, and stops with a clear message if its
 * source no longer has the shape the edit expects.
 */
class ApiEvolutionTest {

    private static final String MODEL = "nl.nts.platform.api.model";

    @TempDir
    Path work;

    @Test
    void anOptionalComponentAtTheEndWithTheOldConstructorKeptIsAMinorChange() throws Exception {
        Baseline.Info model = baseline(organisationWithWebsite(true));

        assertEquals(Delta.MINOR, model.packageDiff.getDelta(), () -> "changes: " + changes(model.packageDiff));
        assertEquals(new Version(model.olderVersion.getMajor(), model.olderVersion.getMinor() + 1, 0), model.suggestedVersion,
                "bnd suggests a minor bump");
        List<String> changes = changes(model.packageDiff);
        assertTrue(changes.contains("ADDED METHOD Organisation.website()"), () -> "the accessor is new: " + changes);
        assertTrue(changes.contains("ADDED METHOD Organisation$Builder.website(java.lang.String)"), () -> "the builder's setter is new: " + changes);
        assertTrue(changes.stream().anyMatch(c -> c.startsWith("ADDED METHOD Organisation.<init>(") && c.endsWith(",java.lang.String)")),
                () -> "the new canonical constructor ends with the new component: " + changes);
        assertTrue(changes.stream().noneMatch(c -> c.startsWith("REMOVED")), () -> "nothing is gone: " + changes);
    }

    @Test
    void theSameComponentWithoutTheOldConstructorIsAMajorChange() throws Exception {
        Baseline.Info model = baseline(organisationWithWebsite(false));

        assertEquals(Delta.MAJOR, model.packageDiff.getDelta(), () -> "changes: " + changes(model.packageDiff));
        assertEquals(new Version(model.olderVersion.getMajor() + 1, 0, 0), model.suggestedVersion, "bnd suggests a major bump");
        List<String> changes = changes(model.packageDiff);
        assertTrue(changes.stream().anyMatch(c -> c.startsWith("REMOVED METHOD Organisation.<init>(java.lang.Long,java.lang.String,")),
                () -> "the old canonical constructor is gone: " + changes);
    }

    /**
     * Organisation.java as the rule of package-info.java grows it: {@code String website} as
     * its last component, a builder setter for it, {@code toBuilder()} copying it, and (if
     * {@code keepOldConstructor}) the previous canonical constructor, deprecated, delegating
     * with {@code null}; constructors kept from before delegate with {@code null} too.
     */
    private static String organisationWithWebsite(boolean keepOldConstructor) throws IOException {
        String source = Files.readString(sourceDir().resolve("nl/nts/platform/api/model/Organisation.java"));
        // constructors kept from earlier versions delegate to the canonical one: they pass the absent website too
        source = source.replaceAll("(\\n\\s+this\\([^;]*)\\);", "$1, null);");

        Matcher header = once(source, "public record Organisation\\(([^)]*)\\)\\s*\\{");
        String components = header.group(1).strip();
        List<String> names = new ArrayList<>();
        for (String component : splitTopLevel(components)) {
            String[] typeAndName = component.strip().split("\\s+");
            names.add(typeAndName[typeAndName.length - 1]);
        }
        String kept = keepOldConstructor
                ? "\n\n    @Deprecated\n    public Organisation(" + components + ") {\n        this(" + String.join(", ", names) + ", null);\n    }\n"
                : "\n";
        source = source.substring(0, header.start()) + "public record Organisation(" + components + ",\n        String website) {" + kept
                + source.substring(header.end());

        Matcher builder = once(source, "public static final class Builder \\{");
        source = source.substring(0, builder.end())
                + "\n\n        private String website;\n\n"
                + "        public Builder website(String website) {\n            this.website = website;\n            return this;\n        }\n"
                + source.substring(builder.end());

        Matcher build = once(source, "return new Organisation\\(([^;]*)\\);");
        source = source.substring(0, build.start()) + "return new Organisation(" + build.group(1) + ", website);" + source.substring(build.end());

        Matcher toBuilder = once(source, "public Builder toBuilder\\(\\)\\s*\\{\\s*return new Builder\\(\\)[^;]*");
        source = source.substring(0, toBuilder.end()) + "\n                .website(website)" + source.substring(toBuilder.end());
        return source;
    }

    /** Compiles {@code organisation} over a copy of target/classes and asks bnd about the model package, old against new. */
    private Baseline.Info baseline(String organisation) throws Exception {
        Path classes = classesDir();
        Path newer = work.resolve("newer");
        copyTree(classes, newer);
        Path modelDir = newer.resolve("nl/nts/platform/api/model");
        try (Stream<Path> stale = Files.list(modelDir)) {
            for (Path file : (Iterable<Path>) stale::iterator) {
                String name = file.getFileName().toString();
                if (name.equals("Organisation.class") || name.startsWith("Organisation$")) {
                    Files.delete(file);
                }
            }
        }
        compile(organisation, newer);

        try (Processor reporter = new Processor();
             Builder olderBundle = bundle(classes);
             Builder newerBundle = bundle(newer)) {
            Jar olderJar = olderBundle.build();
            Jar newerJar = newerBundle.build();
            assertEquals(List.of(), olderBundle.getErrors(), "bnd builds the old bundle");
            assertEquals(List.of(), newerBundle.getErrors(), "bnd builds the new bundle");
            Set<Baseline.Info> infos = new Baseline(reporter, new DiffPluginImpl()).baseline(newerJar, olderJar, new Instructions(MODEL));
            assertEquals(1, infos.size(), () -> "one package compared: " + infos);
            Baseline.Info model = infos.iterator().next();
            assertEquals(MODEL, model.packageName);
            assertEquals(model.olderVersion, model.newerVersion, "both sides carry the same package version");
            return model;
        }
    }

    private static Builder bundle(Path classes) throws IOException {
        Builder builder = new Builder();
        builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "nts-core-api");
        builder.setProperty(Constants.BUNDLE_VERSION, "0.0.0");
        builder.setProperty(Constants.EXPORT_PACKAGE, MODEL);
        builder.addClasspath(classes.toFile());
        return builder;
    }

    private static void compile(String organisationSource, Path out) throws IOException {
        Path src = out.getParent().resolve("src/nl/nts/platform/api/model/Organisation.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, organisationSource);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(src.toFile());
            List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-nowarn",
                    "-classpath", out.toString(), "-d", out.toString());
            boolean compiled = javac.getTask(diagnostics, files, null, options, null, units).call();
            assertTrue(compiled, () -> "the edited Organisation.java compiles:\n" + diagnostics + "\n" + organisationSource);
        }
    }

    /** Every changed leaf of the diff, e.g. {@code ADDED METHOD Organisation.website()}. */
    private static List<String> changes(Diff diff) {
        List<String> out = new ArrayList<>();
        collect(diff, "", out);
        return out;
    }

    private static void collect(Diff diff, String inClass, List<String> out) {
        if (diff.getDelta() == Delta.UNCHANGED || diff.getDelta() == Delta.IGNORED) {
            return;
        }
        String name = diff.getType() == Type.CLASS ? diff.getName().substring(MODEL.length() + 1) : diff.getName();
        if (diff.getChildren().isEmpty() || diff.getDelta() == Delta.ADDED || diff.getDelta() == Delta.REMOVED) {
            out.add(diff.getDelta() + " " + diff.getType() + " " + (diff.getType() == Type.METHOD ? inClass + "." + name : name));
            return;
        }
        for (Diff child : diff.getChildren()) {
            collect(child, diff.getType() == Type.CLASS ? name : inClass, out);
        }
    }

    private static Matcher once(String source, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(source);
        assertTrue(matcher.find(), () -> "Organisation.java no longer has the shape this test edits: no match for " + regex);
        int start = matcher.start();
        assertTrue(!matcher.find(), () -> "Organisation.java no longer has the shape this test edits: more than one match for " + regex);
        matcher.find(start);
        return matcher;
    }

    /** Splits {@code Long id, Map<String, String> ids} at the commas outside angle brackets. */
    private static List<String> splitTopLevel(String components) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < components.length(); i++) {
            char c = components.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(components.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(components.substring(from));
        return parts;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static Path classesDir() {
        try {
            Path classes = Path.of(Organisation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertTrue(Files.isDirectory(classes), () -> "the model is compiled into a directory: " + classes);
            return classes;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path sourceDir() {
        Path dir = Path.of(System.getProperty("basedir", "."), "src/main/java");
        assertTrue(Files.isDirectory(dir), () -> "the module's sources are at " + dir.toAbsolutePath());
        return dir;
    }
}
