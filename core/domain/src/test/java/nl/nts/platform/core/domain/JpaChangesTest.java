package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which databases only this runtime can write, so that its own writes are all the marks there are. */
class JpaChangesTest {

    @Test
    void embeddedH2IsThisRuntimesAlone() {
        assertTrue(JpaChanges.onlyThisJvm("jdbc:h2:file:/srv/nts/data/nts/nts;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        assertTrue(JpaChanges.onlyThisJvm("jdbc:h2:./data/nts"));
        assertTrue(JpaChanges.onlyThisJvm("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertTrue(JpaChanges.onlyThisJvm("JDBC:H2:FILE:/srv/nts"));
    }

    @Test
    void aDatabaseOthersCanReachIsAskedEachTime() {
        assertFalse(JpaChanges.onlyThisJvm("jdbc:postgresql://db.example.org:5432/nts"));
        assertFalse(JpaChanges.onlyThisJvm("jdbc:h2:tcp://db.example.org/nts"));
        assertFalse(JpaChanges.onlyThisJvm("jdbc:h2:ssl://db.example.org/nts"));
        assertFalse(JpaChanges.onlyThisJvm("jdbc:h2:file:/srv/nts;AUTO_SERVER=TRUE"));
        assertFalse(JpaChanges.onlyThisJvm("jdbc:h2:file:/srv/nts;auto_server = true"));
        assertFalse(JpaChanges.onlyThisJvm(null));
    }
}
