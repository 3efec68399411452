package nl.nts.platform.core.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.Budget;
import nl.nts.platform.api.model.FundingCall;
import nl.nts.platform.api.model.Horizon;
import nl.nts.platform.api.model.InputKind;
import nl.nts.platform.api.model.Kpi;
import nl.nts.platform.api.model.KpiMeasurement;
import nl.nts.platform.api.model.ProgressUpdate;
import nl.nts.platform.api.model.Organisation;
import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.ValueChain;

/**
 * The sample data shipped in this bundle under {@code /sample}, written as JSON of the API's
 * own records, so that it goes through the same rules as any client's data. Records that
 * refer to organisations or inputs name them (by organisation name, by an input's key), since
 * their ids exist only once they are stored.
 */
record SampleDataSet(List<ValueChain> valueChains, List<Organisation> organisations, List<SampleWorkshop> workshops, SampleFunding funding) {

    record SampleFunding(List<SampleCall> calls, List<SampleConsortium> consortia) {
    }

    /**
     * A call whose dates are days from the day the sample data is loaded, at a time of day in
     * Amsterdam: a fresh start has calls open, forthcoming and closed, whenever it happens. Its
     * status is left to the dates.
     */
    record SampleCall(String source, String identifier, String programme, String title, DayFromToday opening, DayFromToday deadline,
            BigDecimal budget, List<String> technologies, String url, Integer trlMin, Integer trlMax, Boolean crossRegional) {

        FundingCall call(LocalDate today) {
            return FundingCall.builder().source(source).identifier(identifier).programme(programme).title(title)
                    .opening(opening.at(today)).deadline(deadline.at(today)).budget(budget).technologies(technologies).url(url)
                    .trlMin(trlMin).trlMax(trlMax).crossRegional(crossRegional).build();
        }
    }

    record DayFromToday(int daysFromToday, LocalTime time) {

        Instant at(LocalDate today) {
            return today.plusDays(daysFromToday).atTime(time).atZone(CallStatusByDates.ZONE).toInstant();
        }
    }

    /** A consortium naming its call by identifier and its organisations by name. */
    record SampleConsortium(String call, String name, String lead, String rom, List<SampleMember> members) {
    }

    record SampleMember(String organisation, String role) {
    }

    /**
     * A workshop with its inputs, and the plan (if any) whose actions answer them; the plan is
     * created as a draft and then takes its {@code planSteps} through its workflow, so that its
     * history shows how it got where it is (consulted, submitted, approved or returned).
     */
    record SampleWorkshop(WorkshopPart workshop, List<SampleInput> inputs, Plan plan, List<SampleAction> actions, List<SampleStep> planSteps) {

        SampleWorkshop {
            actions = actions == null ? List.of() : actions;
            planSteps = planSteps == null ? List.of() : planSteps;
        }
    }

    /** A workflow step: a transition's code and the reason given, if any. */
    record SampleStep(String transition, String reason) {
    }

    record WorkshopPart(String title, LocalDate date, String place, String rom, List<String> coOrganisers, List<String> technologies,
            List<String> valueChains, List<String> organisations, List<SampleParticipant> participants) {
    }

    record SampleParticipant(String name, String role, String email, String organisation, nl.nts.platform.api.model.LegalBasis emailBasis) {
    }

    record SampleInput(String key, InputKind kind, String theme, List<String> technologies, String valueChain, String organisation,
            String text, String status) {
    }

    record SampleAction(String title, Horizon horizon, ActionStatus status, String description, String owner, List<String> partners,
            LocalDate start, LocalDate end, List<String> technologies, Budget budget, List<Kpi> kpis, List<String> inputs,
            List<SampleProgress> progress, List<SampleMeasurement> measurements) {

        SampleAction {
            partners = partners == null ? List.of() : partners;
            technologies = technologies == null ? List.of() : technologies;
            kpis = kpis == null ? List.of() : kpis;
            inputs = inputs == null ? List.of() : inputs;
            progress = progress == null ? List.of() : progress;
            measurements = measurements == null ? List.of() : measurements;
        }
    }

    /** A progress update of a sample action, dated {@code daysAgo} days before the day of loading. */
    record SampleProgress(int daysAgo, Integer percent, String milestone, String note) {

        ProgressUpdate update(LocalDate today) {
            return ProgressUpdate.builder().date(today.minusDays(daysAgo)).percent(percent).milestone(milestone).note(note).build();
        }
    }

    /** A KPI measurement of a sample action, dated {@code daysAgo} days before the day of loading. */
    record SampleMeasurement(int daysAgo, String indicator, java.math.BigDecimal value, String source) {

        KpiMeasurement measurement(LocalDate today) {
            return KpiMeasurement.builder().date(today.minusDays(daysAgo)).indicator(indicator).value(value).source(source).build();
        }
    }

    static SampleDataSet shipped() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).registerModule(new JavaTimeModule());
        return new SampleDataSet(
                read(json, "value-chains.json", new TypeReference<List<ValueChain>>() { }),
                read(json, "organisations.json", new TypeReference<List<Organisation>>() { }),
                java.util.stream.Stream.concat(
                        // the Eindhoven workshop first: the README's examples name its inputs and plan by id
                        java.util.stream.Stream.of(read(json, "workshop-2025-05-07.json", new TypeReference<SampleWorkshop>() { })),
                        read(json, "workshops-regions.json", new TypeReference<List<SampleWorkshop>>() { }).stream()).toList(),
                read(json, "funding.json", new TypeReference<SampleFunding>() { }));
    }

    private static <T> T read(ObjectMapper json, String file, TypeReference<T> type) {
        String path = "/sample/" + file;
        try (InputStream in = SampleDataSet.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
