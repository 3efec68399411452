package nl.nts.platform.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import nl.nts.platform.api.model.CallMatches;
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.model.ConsortiumProposal;
import nl.nts.platform.api.model.EuProject;
import nl.nts.platform.api.model.Fit;
import nl.nts.platform.api.model.FittingCall;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.api.model.ValueChain;

/** Which organisations fit a call and why, and the consortium proposed from them. */
class CallMatcherTest {

    private final AtomicLong ids = new AtomicLong();

    private static final List<ValueChain> CHAINS = List.of(
            ValueChain.builder().code("VC03").name("Quantum").technologies(List.of("NTS02")).build(),
            ValueChain.builder().code("VC01").name("Semiconductors").technologies(List.of("NTS09", "NTS06")).build());

    private final CallMatcher matcher = new CallMatcher(CHAINS);

    private static FundingCall.Builder quantumCall() {
        return FundingCall.builder().id(7L).source("SEDIA").identifier("Q-1").title("Quantum sensing").status(CallStatus.OPEN)
                .technologies(List.of("NTS02")).trlMin(3).trlMax(6).crossRegional(true);
    }

    private Organisation.Builder org(String name, OrganisationKind kind, String rom, Integer trl, String... technologies) {
        return Organisation.builder().id(ids.incrementAndGet()).name(name).kind(kind).rom(rom).country(rom == null ? "US" : "NL").trl(trl)
                .technologies(List.of(technologies));
    }

    private static EuProject project(String acronym, String role) {
        return EuProject.builder().id("10100" + acronym.length()).acronym(acronym).role(role).build();
    }

    @Test
    void anOrganisationFitsByTechnologyOrByChainAndSaysWhy() {
        FundingCall call = quantumCall().build();
        Fit byTechnology = CallMatcher.fit(call, List.of("VC03"), org("Qubit", OrganisationKind.START_UP, "IQ", 4, "NTS02").build()).orElseThrow();
        assertEquals(List.of("NTS02"), byTechnology.technologies());
        assertEquals(Fit.Trl.IN_RANGE, byTechnology.trl());
        assertEquals("technology NTS02; TRL 4 in 3-6", byTechnology.reason());
        assertEquals(3, byTechnology.score());

        Organisation inChain = org("Cryo", OrganisationKind.SME, "IQ", 5, "NTS06").segments(List.of(new SegmentRef("VC03", "ENABLING"))).build();
        Fit byChain = CallMatcher.fit(call, List.of("VC03"), inChain).orElseThrow();
        assertEquals(List.of(), byChain.technologies());
        assertEquals(List.of("VC03"), byChain.valueChains());
        assertEquals("value chain VC03; TRL 5 in 3-6", byChain.reason());

        assertTrue(CallMatcher.fit(call, List.of("VC03"), org("Chips", OrganisationKind.SME, "BOM", 5, "NTS09").build()).isEmpty(),
                "neither a technology nor a chain of the call");
    }

    @Test
    void aTrlOutsideTheRangeLeavesOutAnUnknownOneDoesNot() {
        FundingCall call = quantumCall().build();
        assertTrue(CallMatcher.fit(call, List.of(), org("Mature", OrganisationKind.SME, "IQ", 7, "NTS02").build()).isEmpty());
        assertTrue(CallMatcher.fit(call, List.of(), org("Early", OrganisationKind.SME, "IQ", 2, "NTS02").build()).isEmpty());
        Fit unknown = CallMatcher.fit(call, List.of(), org("Institute", OrganisationKind.KNOWLEDGE_INSTITUTION, "IQ", null, "NTS02").build()).orElseThrow();
        assertEquals(Fit.Trl.NOT_KNOWN, unknown.trl());
        assertEquals("technology NTS02; TRL not known (the call's is 3-6)", unknown.reason());
        Fit noRange = CallMatcher.fit(quantumCall().trlMin(null).trlMax(null).build(), List.of(),
                org("Mature", OrganisationKind.SME, "IQ", 9, "NTS02").build()).orElseThrow();
        assertEquals(Fit.Trl.NO_RANGE, noRange.trl());
        assertEquals("technology NTS02; the call names no TRL range", noRange.reason());
        assertTrue(CallMatcher.fit(quantumCall().trlMin(5).trlMax(null).build(), List.of(),
                org("Early", OrganisationKind.SME, "IQ", 4, "NTS02").build()).isEmpty(), "below an open-ended range");
    }

    @Test
    void theCallsChainsAreThoseBuiltOnItsTechnologies() {
        assertEquals(List.of("VC03"), matcher.chainsOf(quantumCall().build()));
        assertEquals(List.of("VC01"), matcher.chainsOf(quantumCall().technologies(List.of("NTS06")).build()));
        assertEquals(List.of(), matcher.chainsOf(quantumCall().technologies(List.of()).build()));
    }

    @Test
    void matchesAreGroupedByRomBestFirstAbroadLast() {
        Organisation qubit = org("Qubit", OrganisationKind.START_UP, "IQ", 4, "NTS02").segments(List.of(new SegmentRef("VC03", "HARDWARE"))).build();
        Organisation cryo = org("Cryo", OrganisationKind.SME, "IQ", 5, "NTS02").build();
        Organisation utrecht = org("Utrecht Sensing", OrganisationKind.START_UP, "RUR", 3, "NTS02").build();
        Organisation boulder = org("Boulder", OrganisationKind.SME, null, 5, "NTS02").build();
        Organisation mature = org("Mature", OrganisationKind.SME, "BOM", 8, "NTS02").build();
        CallMatches m = matcher.matches(quantumCall().build(), List.of(boulder, utrecht, cryo, qubit, mature), List.of());
        assertEquals(4, m.total());
        assertEquals(java.util.Arrays.asList("IQ", "RUR", null), m.roms().stream().map(CallMatches.RomGroup::rom).toList());
        assertEquals(List.of("Qubit", "Cryo"), m.roms().get(0).organisations().stream().map(x -> x.organisation().name()).toList(),
                "Qubit also works in the chain: the better fit");
        assertEquals(List.of("VC03"), m.valueChains());
    }

    @Test
    void aCompleteProposalHasAnExperiencedLeadAnSmeAKnowledgeInstitutionAndTwoRoms() {
        Organisation institute = org("Quantum Institute", OrganisationKind.KNOWLEDGE_INSTITUTION, "IQ", null, "NTS02")
                .euProjects(List.of(project("QSENSE", EuProject.COORDINATOR))).build();
        Organisation partnerOnly = org("Qubit", OrganisationKind.START_UP, "IQ", 4, "NTS02").segments(List.of(new SegmentRef("VC03", "HARDWARE")))
                .euProjects(List.of(project("QSENSE", "participant"))).build();
        Organisation amstel = org("Amstel Software", OrganisationKind.START_UP, "INW", 4, "NTS02").build();
        Organisation ministry = org("Ministry", OrganisationKind.GOVERNMENT, "IQ", null, "NTS02").build();
        CallMatches m = matcher.matches(quantumCall().build(), List.of(institute, partnerOnly, amstel, ministry), List.of());
        ConsortiumProposal p = m.proposal();
        assertTrue(p.complete(), p.unmet().toString());
        assertEquals(institute.id(), p.lead().organisation(), "a coordinator leads before a participant");
        assertEquals("lead: coordinator of 1 of 1 EU project (QSENSE); knowledge institution", p.lead().reason());
        assertEquals(List.of("Quantum Institute", "Qubit", "Amstel Software"), p.members().stream().map(ConsortiumProposal.Member::name).toList());
        assertEquals("SME", p.members().get(1).reason());
        assertEquals("from a second ROM's region (INW): the call is cross-regional", p.members().get(2).reason());
        assertFalse(p.members().stream().anyMatch(x -> x.kind() == OrganisationKind.GOVERNMENT), "a ministry buys; it is not proposed");
    }

    @Test
    void aProposalSaysWhatItCannotMeet() {
        Organisation qubit = org("Qubit", OrganisationKind.START_UP, "IQ", 4, "NTS02").build();
        Organisation cryo = org("Cryo", OrganisationKind.SME, "IQ", 5, "NTS02").build();
        CallMatches m = matcher.matches(quantumCall().build(), List.of(qubit, cryo), List.of());
        ConsortiumProposal p = m.proposal();
        assertFalse(p.complete());
        assertNull(p.lead());
        assertEquals(List.of(
                "no fitting organisation has EU project experience (a CORDIS project on record): the lead is left open",
                "no fitting knowledge institution is free to join",
                "the call is cross-regional, but no fitting organisation of a ROM other than IQ is free to join"), p.unmet());
        assertEquals(List.of("Cryo"), p.members().stream().map(ConsortiumProposal.Member::name).toList(),
                "the SME it can propose: as good a fit as Qubit, and first by name");
    }

    @Test
    void membersOfAConsortiumForTheCallAreShownButNotProposedAgain() {
        Organisation lead = org("Experienced", OrganisationKind.SME, "IQ", 4, "NTS02").euProjects(List.of(project("A", "participant"))).build();
        Organisation other = org("Other", OrganisationKind.SME, "RUR", 4, "NTS02").build();
        Consortium taken = Consortium.builder().id(3L).call(7L).name("Taken").lead(lead.id()).members(List.of()).build();
        CallMatches m = matcher.matches(quantumCall().crossRegional(false).build(), List.of(lead, other), List.of(taken));
        assertEquals(List.of(3L), m.roms().stream().flatMap(g -> g.organisations().stream())
                .filter(x -> x.organisation().id().equals(lead.id())).findFirst().orElseThrow().consortia());
        assertNull(m.proposal().lead());
        assertFalse(m.proposal().members().stream().anyMatch(x -> x.organisation() == lead.id()));
    }

    @Test
    void aClosedCallsProposalSaysSoAndACallOfNoOneProposesNobody() {
        Organisation o = org("Qubit", OrganisationKind.START_UP, "IQ", 4, "NTS02").build();
        ConsortiumProposal closed = matcher.matches(quantumCall().status(CallStatus.CLOSED).build(), List.of(o), List.of()).proposal();
        assertEquals("the call is closed: it takes no proposals now", closed.unmet().get(0));
        ConsortiumProposal none = matcher.matches(quantumCall().build(), List.of(), List.of()).proposal();
        assertEquals(List.of("no organisation fits the call and is free to join a consortium for it: nothing to propose"), none.unmet());
        assertTrue(none.members().isEmpty());
    }

    @Test
    void membersAreAddedForTechnologiesNoMemberBrings() {
        FundingCall call = quantumCall().technologies(List.of("NTS02", "NTS09")).crossRegional(false).trlMin(null).trlMax(null).build();
        Organisation lead = org("Lead", OrganisationKind.KNOWLEDGE_INSTITUTION, "IQ", null, "NTS02").euProjects(List.of(project("A", "coordinator"))).build();
        Organisation sme = org("Sme", OrganisationKind.SME, "IQ", 4, "NTS02").build();
        Organisation chips = org("Chips", OrganisationKind.LARGE_COMPANY, "BOM", 8, "NTS09").build();
        ConsortiumProposal p = matcher.matches(call, List.of(lead, sme, chips), List.of()).proposal();
        assertTrue(p.complete(), p.unmet().toString());
        assertEquals("brings NTS09, which no other member does", p.members().get(2).reason());
    }

    @Test
    void openCallsForAnOrganisationNearestDeadlineFirst() {
        Organisation o = org("Qubit", OrganisationKind.START_UP, "IQ", 4, "NTS02").build();
        FundingCall later = quantumCall().id(1L).title("Later").deadline(Instant.parse("2027-05-01T15:00:00Z")).build();
        FundingCall sooner = quantumCall().id(2L).title("Sooner").deadline(Instant.parse("2027-02-01T15:00:00Z")).build();
        FundingCall none = quantumCall().id(3L).title("No deadline").deadline(null).build();
        FundingCall chips = quantumCall().id(4L).title("Chips").technologies(List.of("NTS09")).deadline(Instant.parse("2027-01-01T15:00:00Z")).build();
        List<FittingCall> calls = matcher.callsFor(o, List.of(none, later, chips, sooner));
        assertEquals(List.of("Sooner", "Later", "No deadline"), calls.stream().map(f -> f.call().title()).toList());
        assertEquals("technology NTS02; TRL 4 in 3-6", calls.get(0).fit().reason());
    }
}
