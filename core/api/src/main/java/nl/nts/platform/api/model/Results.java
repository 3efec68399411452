package nl.nts.platform.api.model;

import java.util.Collection;

/**
 * Realised against target over a set of actions (a plan's, an agenda's): what KIA reports as
 * results rather than plans. Derived by the core on every read.
 *
 * @param actions         how many actions
 * @param withProgress    how many of them have a progress update
 * @param averagePercent  the mean of their latest percentages (actions without one left out),
 *                        rounded; null when none has one
 * @param done            how many are {@link ActionStatus#DONE}
 * @param kpis            how many KPIs the actions have together
 * @param kpisMeasured    how many of those have a measurement
 * @param kpisMet         how many have reached their target ({@link Kpi#met()})
 */
public record Results(int actions, int withProgress, Integer averagePercent, int done, int kpis, int kpisMeasured, int kpisMet) {

    /** Nothing: no actions. */
    public static final Results NONE = new Results(0, 0, null, 0, 0, 0, 0);

    /**
     * The results of some actions, as their records say (their progress and their KPIs' realised values).
     *
     * @param actions the actions
     * @return their results
     */
    public static Results of(Collection<Action> actions) {
        Tally tally = new Tally();
        actions.forEach(tally::add);
        return tally.results();
    }

    /**
     * Results added up action by action, for a set read in pieces (an agenda of thousands of
     * actions, read from the database a page at a time): the same figures as
     * {@link Results#of(Collection)}, holding no action. Not for concurrent use.
     *
     * @since 1.2
     */
    public static final class Tally {
        private int actions;
        private int withProgress;
        private long percentSum;
        private int done;
        private int kpis;
        private int measured;
        private int met;

        /**
         * @param action one more action
         * @return this tally
         */
        public Tally add(Action action) {
            actions++;
            if (action.progress() != null && action.progress().percent() != null) {
                withProgress++;
                percentSum += action.progress().percent();
            }
            if (action.status() == ActionStatus.DONE) {
                done++;
            }
            for (Kpi kpi : action.kpis()) {
                kpis++;
                if (kpi.realised() != null) {
                    measured++;
                }
                if (Boolean.TRUE.equals(kpi.met())) {
                    met++;
                }
            }
            return this;
        }

        /** @return the results of the actions added so far */
        public Results results() {
            Integer average = withProgress == 0 ? null : (int) Math.round((double) percentSum / withProgress);
            return new Results(actions, withProgress, average, done, kpis, measured, met);
        }
    }
}
