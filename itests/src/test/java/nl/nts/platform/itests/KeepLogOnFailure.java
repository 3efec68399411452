package nl.nts.platform.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/** Copies the container's karaf.log out of its throw-away folder when a test fails. */
final class KeepLogOnFailure extends TestWatcher {

    @Override
    protected void failed(Throwable e, Description description) {
        String target = System.getProperty(NtsDistribution.LOG_DIR);
        String data = System.getProperty("karaf.data");
        if (target == null || data == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Paths.get(target));
            Files.copy(Paths.get(data, "log", "karaf.log"), dir.resolve(description.getTestClass().getSimpleName() + "."
                    + description.getMethodName() + ".karaf.log"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException copyFailed) {
            e.addSuppressed(copyFailed);
        }
    }
}
