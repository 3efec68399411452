package nl.nts.platform.core.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.model.RetentionRun;

/**
 * Runs the personal data's retention every {@code runEveryHours} (etc/nl.nts.platform.personaldata.cfg).
 * Time is cut into turns of that length; a node that finds its turn not yet stored runs it, and
 * the turn's unique row lets one node of those sharing the database run each. It looks a minute
 * after the start (off the start path) and then every ten minutes, so a turn missed while no
 * node ran is run once one does.
 */
@Component(service = {}, immediate = true, configurationPid = Retention.PID)
public class RetentionSchedule {

    static final Duration FIRST_LOOK = Duration.ofMinutes(1);
    static final Duration LOOK_EVERY = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    private final JpaTemplate jpa;
    private final Retention.Periods periods;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    @Activate
    public RetentionSchedule(@Reference(target = "(osgi.unit.name=nts)") JpaTemplate jpa, Retention.Config config) {
        this(jpa, Retention.Periods.of(config), Clock.systemUTC());
    }

    RetentionSchedule(JpaTemplate jpa, Retention.Periods periods, Clock clock) {
        this.jpa = jpa;
        this.periods = periods;
        this.clock = clock;
        if (periods.runEveryHours() == 0) {
            timer = null;
            LOG.info("Personal data: no periodic retention run (runEveryHours = 0); runs only when asked for");
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nts-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::look, FIRST_LOOK.toSeconds(), LOOK_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** The turn a moment falls in: the number of whole intervals since the epoch. */
    static long turn(Instant at, int everyHours) {
        return at.toEpochMilli() / Duration.ofHours(everyHours).toMillis();
    }

    /** Runs this turn unless a node (this one or another) has: the run, or null when none was due to run here. */
    RetentionRun look() {
        Instant now = clock.instant();
        long turn = turn(now, periods.runEveryHours());
        try {
            if (taken(turn)) {
                return null;
            }
            RetentionRun run = JpaPersonalData.retain(jpa, periods, now, Retention.SCHEDULE, false, turn);
            LOG.info(() -> "Personal data: retention run " + run.id() + " erased " + run.kinds().stream()
                    .map(k -> k.values() + " " + k.kind() + " in " + k.records() + " " + k.recordKind() + (k.records() == 1 ? "" : "s"))
                    .reduce((a, b) -> a + ", " + b).orElse("nothing"));
            return run;
        } catch (RuntimeException failed) {
            if (takenByAnother(turn)) {
                LOG.fine(() -> "Personal data: retention turn " + turn + " was run by another node");
            } else {
                // the run rolled back whole; the next look tries again
                LOG.log(Level.WARNING, "Personal data: the retention run failed; it is tried again in " + LOOK_EVERY.toMinutes() + " minutes", failed);
            }
            return null;
        }
    }

    private boolean taken(long turn) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createNativeQuery("SELECT ID FROM NTS_RETENTION_RUN WHERE TURN = ?1")
                .setParameter(1, turn).getResultList().isEmpty());
    }

    /** After a failed run: whether another node stored the turn meanwhile (its unique row refused ours). */
    private boolean takenByAnother(long turn) {
        try {
            return taken(turn);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
