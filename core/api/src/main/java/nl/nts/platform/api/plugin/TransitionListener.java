package nl.nts.platform.api.plugin;

import org.osgi.annotation.versioning.ConsumerType;

import nl.nts.platform.api.model.StateChange;

/**
 * Told of every completed workflow transition, e.g. to notify a partner or a CRM that an action
 * got funded or a plan was approved. Register it as an OSGi service (with
 * {@value PluginProperties#PLUGIN_ID}); optionally narrow it with the service property
 * {@value Workflow#SUBJECT} to one kind of record, and {@value PluginProperties#ROM} to one ROM.
 *
 * <p>The engine calls it after the transition is committed, on a thread of its own with a time
 * limit, acting for the listener's plugin. A listener that throws or hangs is logged; the
 * transition stands, and the other listeners are told all the same.
 *
 * @since 2.0
 */
@ConsumerType
public interface TransitionListener {

    /**
     * @param change the recorded change: subject, record id, from, to, transition, who, when, why
     * @param rom    the ROM whose workflow applied
     * @param record the record after the transition: an Input, Action or Plan, by subject
     */
    void transitioned(StateChange change, String rom, Object record);
}
