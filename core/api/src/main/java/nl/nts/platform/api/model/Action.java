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
 *                     by these. The core sets them on every create and replace: those given,
 *                     or the plan's value chain's when none are given, and in either case
 *                     every technology of each input the action answers. So an action
 *                     answering a photonics input counts in the photonics agenda, whatever its
 *                     plan's chain, and every answered input's agenda shows what answers it.
 *                     To stop counting an input's technology, stop answering the input; a
 *                     technology that came with an input dropped from {@code inputs} stays
 *                     unless the replace leaves it out of {@code technologies}. A later change
 *                     of an input's technologies reaches its actions at their next replace
 * @param inputs       ids of the workshop inputs it answers; each input lists the actions
 *                     answering it in {@code answeredBy}
 * @param roms         the ROMs that own it: its plan's; set by the core
 * @param progress     its newest progress update (by date); null while none is recorded. Set by
 *                     the core from {@code /api/actions/{id}/progress}; ignored on write
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
        Stamp stamp,
        ProgressUpdate progress) {

    /**
     * The constructor of API 1.0, kept so that code compiled against it links; new code uses
     * {@link #builder()}.
     *
     * @param id           see {@link #id()}
     * @param plan         see {@link #plan()}
     * @param title        see {@link #title()}
     * @param description  see {@link #description()}
     * @param owner        see {@link #owner()}
     * @param partners     see {@link #partners()}
     * @param horizon      see {@link #horizon()}
     * @param start        see {@link #start()}
     * @param end          see {@link #end()}
     * @param budget       see {@link #budget()}
     * @param kpis         see {@link #kpis()}
     * @param status       see {@link #status()}
     * @param technologies see {@link #technologies()}
     * @param inputs       see {@link #inputs()}
     * @param roms         see {@link #roms()}
     * @param version      see {@link #version()}
     * @param stamp        see {@link #stamp()}
     * @deprecated use {@link #builder()}
     */
    @Deprecated
    public Action(Long id, Long plan, String title, String description, Long owner, List<Long> partners, Horizon horizon,
            LocalDate start, LocalDate end, Budget budget, List<Kpi> kpis, ActionStatus status, List<String> technologies,
            List<Long> inputs, List<String> roms, Long version, Stamp stamp) {
        this(id, plan, title, description, owner, partners, horizon, start, end, budget, kpis, status, technologies, inputs, roms,
                version, stamp, null);
    }

    public Action {
        partners = Copies.list(partners);
        kpis = Copies.list(kpis);
        technologies = Copies.list(technologies);
        inputs = Copies.list(inputs);
        roms = Copies.list(roms);
    }

    /**
     * A builder with every component absent: {@code null}, or an empty list.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding all of this action's components, to build a changed copy. It carries
     * every component, also those added after the calling code was compiled.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .plan(plan)
                .title(title)
                .description(description)
                .owner(owner)
                .partners(partners)
                .horizon(horizon)
                .start(start)
                .end(end)
                .budget(budget)
                .kpis(kpis)
                .status(status)
                .technologies(technologies)
                .inputs(inputs)
                .roms(roms)
                .version(version)
                .stamp(stamp)
                .progress(progress);
    }

    /**
     * Builds an {@link Action} by naming its components. A component not set is
     * absent. Each setter replaces the value set before; {@link #build()} may be called
     * more than once and makes a new record each time. Not for concurrent use.
     */
    public static final class Builder {

        private Long id;
        private Long plan;
        private String title;
        private String description;
        private Long owner;
        private List<Long> partners = List.of();
        private Horizon horizon;
        private LocalDate start;
        private LocalDate end;
        private Budget budget;
        private List<Kpi> kpis = List.of();
        private ActionStatus status;
        private List<String> technologies = List.of();
        private List<Long> inputs = List.of();
        private List<String> roms = List.of();
        private Long version;
        private Stamp stamp;
        private ProgressUpdate progress;

        private Builder() {
        }

        /**
         * @param id see {@link Action#id()}
         * @return this builder
         */
        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        /**
         * @param plan see {@link Action#plan()}
         * @return this builder
         */
        public Builder plan(Long plan) {
            this.plan = plan;
            return this;
        }

        /**
         * @param title see {@link Action#title()}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param description see {@link Action#description()}
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * @param owner see {@link Action#owner()}
         * @return this builder
         */
        public Builder owner(Long owner) {
            this.owner = owner;
            return this;
        }

        /**
         * @param partners see {@link Action#partners()}
         * @return this builder
         */
        public Builder partners(List<Long> partners) {
            this.partners = partners;
            return this;
        }

        /**
         * @param horizon see {@link Action#horizon()}
         * @return this builder
         */
        public Builder horizon(Horizon horizon) {
            this.horizon = horizon;
            return this;
        }

        /**
         * @param start see {@link Action#start()}
         * @return this builder
         */
        public Builder start(LocalDate start) {
            this.start = start;
            return this;
        }

        /**
         * @param end see {@link Action#end()}
         * @return this builder
         */
        public Builder end(LocalDate end) {
            this.end = end;
            return this;
        }

        /**
         * @param budget see {@link Action#budget()}
         * @return this builder
         */
        public Builder budget(Budget budget) {
            this.budget = budget;
            return this;
        }

        /**
         * @param kpis see {@link Action#kpis()}
         * @return this builder
         */
        public Builder kpis(List<Kpi> kpis) {
            this.kpis = kpis;
            return this;
        }

        /**
         * @param status see {@link Action#status()}
         * @return this builder
         */
        public Builder status(ActionStatus status) {
            this.status = status;
            return this;
        }

        /**
         * @param technologies see {@link Action#technologies()}
         * @return this builder
         */
        public Builder technologies(List<String> technologies) {
            this.technologies = technologies;
            return this;
        }

        /**
         * @param inputs see {@link Action#inputs()}
         * @return this builder
         */
        public Builder inputs(List<Long> inputs) {
            this.inputs = inputs;
            return this;
        }

        /**
         * @param roms see {@link Action#roms()}
         * @return this builder
         */
        public Builder roms(List<String> roms) {
            this.roms = roms;
            return this;
        }

        /**
         * @param version see {@link Action#version()}
         * @return this builder
         */
        public Builder version(Long version) {
            this.version = version;
            return this;
        }

        /**
         * @param stamp see {@link Action#stamp()}
         * @return this builder
         */
        public Builder stamp(Stamp stamp) {
            this.stamp = stamp;
            return this;
        }

        /**
         * @param progress see {@link Action#progress()}
         * @return this builder
         */
        public Builder progress(ProgressUpdate progress) {
            this.progress = progress;
            return this;
        }

        /**
         * @return a new action of the components set so far
         */
        public Action build() {
            return new Action(id, plan, title, description, owner, partners, horizon, start, end,
                    budget, kpis, status, technologies, inputs, roms, version, stamp, progress);
        }
    }
}
