package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What became of one input from the field: the actions that answer it and how far each is.
 * Derived by the core on every read from the records themselves.
 *
 * @param input         the input's id
 * @param status        its state in its ROM's workflow
 * @param workshop      the workshop it was brought in at; 0 for input left on the ROM's public page
 * @param workshopTitle that workshop's title; null for input left on the public page
 * @param workshopDate  that workshop's date; null for input left on the public page
 * @param rom           the ROM that owns the input: the one that organised the workshop, or whose public page it was left on
 * @param answers       the actions answering it, by plan and title
 * @param results       realised against target over those actions
 * @since model 1.1
 */
public record InputTrace(long input, String status, long workshop, String workshopTitle, LocalDate workshopDate, String rom,
        List<Answer> answers, Results results) {

    public InputTrace {
        answers = List.copyOf(answers);
    }

    /**
     * One action answering the input, and how far it is.
     *
     * @param action       the action's id
     * @param title        its title
     * @param plan         its plan's id
     * @param planTitle    its plan's title
     * @param planStatus   where its plan is in the plan's workflow
     * @param status       the action's status
     * @param percent      its latest progress percentage, null when none was reported
     * @param milestone    the milestone of its latest progress update, or null
     * @param progressOn   the date of its latest progress update, or null
     * @param kpis         how many KPIs it has
     * @param kpisMeasured how many of them have a measurement
     * @param kpisMet      how many have reached their target
     */
    public record Answer(long action, String title, long plan, String planTitle, PlanStatus planStatus, ActionStatus status,
            Integer percent, String milestone, LocalDate progressOn, int kpis, int kpisMeasured, int kpisMet) {
    }
}
