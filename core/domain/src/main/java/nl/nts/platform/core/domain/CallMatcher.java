package nl.nts.platform.core.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import nl.nts.platform.api.model.CallMatches;
import nl.nts.platform.api.model.CallStatus;
import nl.nts.platform.api.model.Consortium;
import nl.nts.platform.api.model.ConsortiumProposal;
import nl.nts.platform.api.model.EuProject;
import nl.nts.platform.api.model.Fit;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.OrganisationKind;
import nl.nts.platform.api.model.SegmentRef;
import nl.nts.platform.api.model.ValueChain;

/**
 * The rules of matching funding calls and organisations, on records only (see
 * {@link nl.nts.platform.api.service.Matching} and {@link ConsortiumProposal} for what they say).
 */
final class CallMatcher {

    /** A proposal names at most this many members, the lead included. */
    static final int MAX_MEMBERS = 6;

    private static final Set<OrganisationKind> SMES = Set.of(OrganisationKind.SME, OrganisationKind.START_UP);

    /** They fund or buy; they do not take part in a consortium. */
    private static final Set<OrganisationKind> NOT_PROPOSED = Set.of(OrganisationKind.GOVERNMENT, OrganisationKind.INVESTOR);

    private static final Comparator<CallMatches.Match> BEST_FIRST = Comparator
            .comparingInt((CallMatches.Match m) -> -m.fit().score())
            .thenComparing(m -> m.organisation().name())
            .thenComparing(m -> m.organisation().id(), Comparator.nullsLast(Comparator.naturalOrder()));

    private final List<ValueChain> chains;

    /** @param chains every value chain */
    CallMatcher(List<ValueChain> chains) {
        this.chains = List.copyOf(chains);
    }

    /** The call's value chains: those built on one of its key technologies, by code. */
    List<String> chainsOf(FundingCall call) {
        return chains.stream().filter(v -> v.technologies().stream().anyMatch(call.technologies()::contains))
                .map(ValueChain::code).sorted().toList();
    }

    /** Why the organisation fits the call, or empty when it does not. */
    static Optional<Fit> fit(FundingCall call, List<String> callChains, Organisation o) {
        List<String> technologies = o.technologies().stream().filter(call.technologies()::contains).distinct().sorted().toList();
        List<String> inChains = o.segments().stream().map(SegmentRef::valueChain).filter(callChains::contains).distinct().sorted().toList();
        if (technologies.isEmpty() && inChains.isEmpty()) {
            return Optional.empty();
        }
        Fit.Trl trl;
        String range = range(call);
        String trlReason;
        if (range == null) {
            trl = Fit.Trl.NO_RANGE;
            trlReason = "the call names no TRL range";
        } else if (o.trl() == null) {
            trl = Fit.Trl.NOT_KNOWN;
            trlReason = "TRL not known (the call's is " + range + ")";
        } else if ((call.trlMin() != null && o.trl() < call.trlMin()) || (call.trlMax() != null && o.trl() > call.trlMax())) {
            return Optional.empty();
        } else {
            trl = Fit.Trl.IN_RANGE;
            trlReason = "TRL " + o.trl() + " in " + range;
        }
        int score = 2 * technologies.size() + inChains.size() + (trl == Fit.Trl.IN_RANGE ? 1 : 0);
        List<String> parts = new ArrayList<>();
        if (!technologies.isEmpty()) {
            parts.add((technologies.size() == 1 ? "technology " : "technologies ") + String.join(", ", technologies));
        }
        if (!inChains.isEmpty()) {
            parts.add((inChains.size() == 1 ? "value chain " : "value chains ") + String.join(", ", inChains));
        }
        parts.add(trlReason);
        return Optional.of(new Fit(technologies, inChains, trl, score, String.join("; ", parts)));
    }

    /** The call's TRL range in words, e.g. "3-6", "5 or higher"; null when it names none. */
    private static String range(FundingCall call) {
        if (call.trlMin() == null && call.trlMax() == null) {
            return null;
        }
        if (call.trlMax() == null) {
            return call.trlMin() + " or higher";
        }
        if (call.trlMin() == null) {
            return call.trlMax() + " or lower";
        }
        return call.trlMin() + "-" + call.trlMax();
    }

    /**
     * @param call        the call, its status as of now
     * @param candidates  organisations that may fit (those that do not are left out here)
     * @param consortia   the consortia answering the call
     */
    CallMatches matches(FundingCall call, List<Organisation> candidates, List<Consortium> consortia) {
        List<String> callChains = chainsOf(call);
        Map<Long, List<Long>> inConsortia = new LinkedHashMap<>();
        for (Consortium k : consortia) {
            inConsortia.computeIfAbsent(k.lead(), x -> new ArrayList<>()).add(k.id());
            for (Consortium.Member m : k.members()) {
                List<Long> ids = inConsortia.computeIfAbsent(m.organisation(), x -> new ArrayList<>());
                if (!ids.contains(k.id())) {
                    ids.add(k.id());
                }
            }
        }
        List<CallMatches.Match> matches = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (Organisation o : candidates) {
            if (o.id() == null || seen.add(o.id())) {
                fit(call, callChains, o).ifPresent(f -> matches.add(new CallMatches.Match(o, f, inConsortia.getOrDefault(o.id(), List.of()))));
            }
        }
        matches.sort(BEST_FIRST);
        Map<String, List<CallMatches.Match>> byRom = new LinkedHashMap<>();
        for (CallMatches.Match m : matches) {
            byRom.computeIfAbsent(m.organisation().rom(), r -> new ArrayList<>()).add(m);
        }
        List<CallMatches.RomGroup> groups = byRom.entrySet().stream().map(e -> new CallMatches.RomGroup(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((CallMatches.RomGroup g) -> g.rom() == null)
                        .thenComparingInt(g -> -g.organisations().size())
                        .thenComparing(g -> g.rom(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new CallMatches(call, callChains, matches.size(), groups, propose(call, matches));
    }

    /** One member of a proposal in the making, with the reasons it is in. */
    private static final class Pick {
        final Organisation organisation;
        final List<String> why = new ArrayList<>();

        Pick(Organisation organisation, String why) {
            this.organisation = organisation;
            this.why.add(why);
        }

        void alsoFor(String reason) {
            if (!why.contains(reason)) {
                why.add(reason);
            }
        }
    }

    /** The proposal from matches ordered best first. */
    static ConsortiumProposal propose(FundingCall call, List<CallMatches.Match> matches) {
        List<String> unmet = new ArrayList<>();
        if (call.status() == CallStatus.CLOSED || call.status() == CallStatus.CANCELLED) {
            unmet.add("the call is " + call.status().name().toLowerCase(java.util.Locale.ROOT) + ": it takes no proposals now");
        }
        List<Organisation> free = matches.stream().filter(m -> m.consortia().isEmpty())
                .map(CallMatches.Match::organisation).filter(o -> !NOT_PROPOSED.contains(o.kind())).toList();
        Map<Long, Fit> fits = matches.stream().collect(Collectors.toMap(m -> m.organisation().id(), CallMatches.Match::fit, (a, b) -> a));
        LinkedHashMap<Long, Pick> picked = new LinkedHashMap<>();

        // the lead: EU project experience, a coordinator's first
        Optional<Organisation> lead = free.stream().filter(o -> !o.euProjects().isEmpty())
                .min(Comparator.comparingLong((Organisation o) -> -coordinated(o))
                        .thenComparingInt(o -> -o.euProjects().size())
                        .thenComparingInt(o -> -fits.get(o.id()).score())
                        .thenComparing(Organisation::name));
        if (lead.isPresent()) {
            Organisation o = lead.get();
            picked.put(o.id(), new Pick(o, "lead: " + experience(o)));
        } else {
            unmet.add(free.isEmpty() ? "no organisation fits the call and is free to join a consortium for it: nothing to propose"
                    : "no fitting organisation has EU project experience (a CORDIS project on record): the lead is left open");
        }
        if (free.isEmpty()) {
            return new ConsortiumProposal(null, List.of(), unmet, unmet.isEmpty());
        }
        require(picked, free, o -> SMES.contains(o.kind()), "SME", "no fitting SME or start-up is free to join", unmet);
        require(picked, free, o -> o.kind() == OrganisationKind.KNOWLEDGE_INSTITUTION, "knowledge institution",
                "no fitting knowledge institution is free to join", unmet);
        if (Boolean.TRUE.equals(call.crossRegional())) {
            while (roms(picked).size() < 2) {
                Set<String> have = roms(picked);
                Optional<Organisation> other = free.stream().filter(o -> o.rom() != null && !have.contains(o.rom()) && !picked.containsKey(o.id())).findFirst();
                if (other.isEmpty()) {
                    unmet.add("the call is cross-regional, but no fitting organisation of " + (have.isEmpty() ? "two ROMs' regions" : "a ROM other than "
                            + String.join(", ", have)) + " is free to join");
                    break;
                }
                picked.put(other.get().id(), new Pick(other.get(), "from a second ROM's region (" + other.get().rom() + "): the call is cross-regional"));
            }
        }
        // then the best fits that bring a technology of the call no member brings yet
        for (String technology : call.technologies()) {
            if (picked.size() >= MAX_MEMBERS) {
                break;
            }
            boolean covered = picked.values().stream().anyMatch(p -> p.organisation.technologies().contains(technology));
            if (!covered) {
                free.stream().filter(o -> !picked.containsKey(o.id()) && o.technologies().contains(technology)).findFirst()
                        .ifPresent(o -> picked.put(o.id(), new Pick(o, "brings " + technology + ", which no other member does")));
            }
        }
        List<ConsortiumProposal.Member> members = new ArrayList<>();
        ConsortiumProposal.Member leadMember = null;
        for (Pick p : picked.values()) {
            boolean isLead = lead.isPresent() && Objects.equals(lead.get().id(), p.organisation.id());
            ConsortiumProposal.Member m = new ConsortiumProposal.Member(p.organisation.id(), p.organisation.name(), p.organisation.kind(),
                    p.organisation.rom(), isLead ? "lead" : "partner", String.join("; ", p.why));
            members.add(m);
            if (isLead) {
                leadMember = m;
            }
        }
        return new ConsortiumProposal(leadMember, members, unmet, unmet.isEmpty());
    }

    /** Adds the best free organisation meeting the condition, unless a member meets it already. */
    private static void require(LinkedHashMap<Long, Pick> picked, List<Organisation> free, java.util.function.Predicate<Organisation> condition,
            String reason, String otherwise, List<String> unmet) {
        Optional<Pick> member = picked.values().stream().filter(p -> condition.test(p.organisation)).findFirst();
        if (member.isPresent()) {
            member.get().alsoFor(reason);
            return;
        }
        Optional<Organisation> found = free.stream().filter(o -> !picked.containsKey(o.id()) && condition.test(o)).findFirst();
        if (found.isPresent()) {
            picked.put(found.get().id(), new Pick(found.get(), reason));
        } else {
            unmet.add(otherwise);
        }
    }

    private static Set<String> roms(Map<Long, Pick> picked) {
        return picked.values().stream().map(p -> p.organisation.rom()).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    private static long coordinated(Organisation o) {
        return o.euProjects().stream().filter(p -> EuProject.COORDINATOR.equalsIgnoreCase(String.valueOf(p.role()))).count();
    }

    /** E.g. "coordinator of 1 of 2 EU projects (QSENSE-NL, PHOTOPACK)". */
    private static String experience(Organisation o) {
        int n = o.euProjects().size();
        String names = o.euProjects().stream().map(p -> p.acronym() == null ? p.id() : p.acronym()).collect(Collectors.joining(", "));
        long led = coordinated(o);
        return (led > 0 ? "coordinator of " + led + " of " : "partner in ") + n + (n == 1 ? " EU project (" : " EU projects (") + names + ")";
    }

    /** The open calls that fit the organisation, nearest deadline first. */
    List<nl.nts.platform.api.model.FittingCall> callsFor(Organisation o, List<FundingCall> openCalls) {
        List<nl.nts.platform.api.model.FittingCall> fitting = new ArrayList<>();
        for (FundingCall call : openCalls) {
            fit(call, chainsOf(call), o).ifPresent(f -> fitting.add(new nl.nts.platform.api.model.FittingCall(call, f)));
        }
        fitting.sort(Comparator.comparing((nl.nts.platform.api.model.FittingCall f) -> f.call().deadline(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(f -> f.call().title()));
        return fitting;
    }
}
