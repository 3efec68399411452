package nl.nts.platform.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One action of a reinforcement plan. It belongs to the plan's ROMs.
 *
 * @param id           assigned on create
 * @param plan         the id of its plan
 * @param title        1 to 200 characters
 * @param description  up to 4000 characters; may be null
 * @param owner        the id of the organisation that carries it out; may be null while an idea
 * @param partners     ids of partner organisations
 * @param horizon      short term or roadmap
 * @param start        when it starts; may be null
 * @param end          when it ends; not before {@code start}
 * @param budget       what it costs and who pays; may be null
 * @param kpis         how success is measured
 * @param status       where it stands
 * @param technologies the key technologies it advances; the national agendas gather actions
 *                     by these. When none are given, the core takes the plan's value chain's.
 * @param inputs       ids of the workshop inputs it answers; each input lists the actions
 *                     answering it in {@code answeredBy}
 * @param roms         the ROMs that own it: its plan's; set by the core
 * @param version      raised by every change
 * @param stamp        when and by whom it was created and changed
 */
public record Action(
        Long id,
        Long plan,
        String title,
        String description,
        Long owner,
        List<Long> partners,
        Horizon horizon,
        LocalDate start,
        LocalDate end,
        Budget budget,
        List<Kpi> kpis,
        ActionStatus status,
        List<String> technologies,
        List<Long> inputs,
        List<String> roms,
        Long version,
        Stamp stamp) {

    public Action {
        partners = Copies.list(partners);
        kpis = Copies.list(kpis);
        technologies = Copies.list(technologies);
        inputs = Copies.list(inputs);
        roms = Copies.list(roms);
    }
}
