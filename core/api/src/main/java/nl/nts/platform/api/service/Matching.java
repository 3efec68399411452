package nl.nts.platform.api.service;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.CallMatches;
import nl.nts.platform.api.model.FittingCall;

/**
 * Matches funding calls and organisations: which organisations fit a call, a consortium proposed
 * from them, and which open calls fit an organisation.
 *
 * <p>An organisation fits a call when it works with one of the call's key technologies or in a
 * segment of one of the call's value chains (the chains built on one of its technologies), and
 * its technology readiness level is within the call's range ({@code trlMin}..{@code trlMax});
 * an organisation whose TRL is not known is not left out for it, and says so
 * ({@link nl.nts.platform.api.model.Fit}). A call with no key technology fits nobody.
 *
 * <p>Matching reads the national picture, as every user and plugin may; it writes nothing. The
 * organisations are given as anyone may read them.
 *
 * @since 2.4
 */
@ProviderType
public interface Matching {

    /**
     * The organisations that fit a call, grouped by ROM, each with why, and a proposed
     * consortium (see {@link nl.nts.platform.api.model.ConsortiumProposal} for its conditions).
     * Works for a call of any status; a closed call's proposal says it is closed.
     *
     * @param callId the funding call's id
     * @throws NotFoundException when there is no such call
     */
    CallMatches forCall(long callId);

    /**
     * The calls open now that fit an organisation, nearest deadline first (a call without a
     * deadline last), each with why.
     *
     * @param organisationId the organisation's id
     * @throws NotFoundException when there is no such organisation
     */
    List<FittingCall> forOrganisation(long organisationId);
}
