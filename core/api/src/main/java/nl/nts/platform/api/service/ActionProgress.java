package nl.nts.platform.api.service;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.Page;
import nl.nts.platform.api.PageRequest;
import nl.nts.platform.api.ValidationException;
import nl.nts.platform.api.model.Action;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;

/**
 * What became of the actions: progress updates and KPI measurements, recorded over time.
 *
 * <p>Who may record or delete: whoever may change the action (a user of one of its plan's ROMs
 * with write access, or an operator); anyone who may read the action reads them. Each recording
 * and deletion is in the audit trail (kinds {@code progress-update} and {@code kpi-measurement}),
 * and counts as a change of the action: its {@code version} goes up, so that a copy read before
 * (an ETag) is seen to be stale, and its {@link Action#progress()} and {@link Kpi#realised()}
 * show the newest by date (of two on one date, the later recorded).
 *
 * <p>Rules on record: a date not in the future (today in Europe/Amsterdam when none is given).
 * A progress update has a percentage from 0 to 100 or a milestone (or both), a milestone up to
 * 200 characters and a note up to 4000. A measurement names one of the action's KPIs by its
 * indicator (compared after trimming, ignoring case; stored as the KPI spells it) and has a
 * value; its source has up to 200 characters. Text is trimmed, and blank text is absent.
 */
@ProviderType
public interface ActionProgress {

    /**
     * The progress updates of an action, newest first (by date, then by when recorded).
     *
     * @param action the action's id
     * @param page   which page
     * @return a page of updates
     * @throws NotFoundException when there is no such action
     */
    Page<ProgressUpdate> updates(long action, PageRequest page);

    /**
     * Records a progress update of an action.
     *
     * @param action the action's id
     * @param update what to record; its id, action and stamp are ignored
     * @return the update as stored
     * @throws NotFoundException   when there is no such action
     * @throws ValidationException naming the field that breaks a rule
     * @throws SecurityException   when the caller may not change the action
     */
    ProgressUpdate record(long action, ProgressUpdate update);

    /**
     * Deletes a progress update recorded by mistake.
     *
     * @param action the action's id
     * @param id     the update's id
     * @throws NotFoundException when the action has no such update
     * @throws SecurityException when the caller may not change the action
     */
    void deleteUpdate(long action, long id);

    /**
     * The KPI measurements of an action, newest first (by date, then by when recorded).
     *
     * @param action    the action's id
     * @param indicator only those of this KPI; null for all
     * @param page      which page
     * @return a page of measurements
     * @throws NotFoundException when there is no such action
     */
    Page<KpiMeasurement> measurements(long action, String indicator, PageRequest page);

    /**
     * Records a measurement of one of an action's KPIs.
     *
     * @param action      the action's id
     * @param measurement what to record; its id, action and stamp are ignored
     * @return the measurement as stored
     * @throws NotFoundException   when there is no such action
     * @throws ValidationException naming the field that breaks a rule ({@code indicator} when the
     *                             action has no such KPI)
     * @throws SecurityException   when the caller may not change the action
     */
    KpiMeasurement measure(long action, KpiMeasurement measurement);

    /**
     * Deletes a measurement recorded by mistake.
     *
     * @param action the action's id
     * @param id     the measurement's id
     * @throws NotFoundException when the action has no such measurement
     * @throws SecurityException when the caller may not change the action
     */
    void deleteMeasurement(long action, long id);
}
