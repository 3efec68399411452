package nl.nts.platform.core.plugins;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import nl.nts.platform.api.NotFoundException;
import nl.nts.platform.api.model.ActionStatus;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.plugin.Workflow;
import nl.nts.platform.core.store.ActionEntity;
import nl.nts.platform.core.store.InputEntity;
import nl.nts.platform.core.store.PlanEntity;
import nl.nts.platform.core.store.RomEntity;
import nl.nts.platform.core.store.RowLocks;
import nl.nts.platform.core.store.StoredRecord;

/**
 * What the workflow engine needs to know of one kind of record: how to find it, whose workflow
 * applies (its ROM), who owns it, and how its status is read and written.
 *
 * @param <E> the entity
 */
abstract class WorkflowSubject<E extends StoredRecord> {

    /** @return {@code input}, {@code action} or {@code plan} */
    abstract String code();

    abstract Class<E> type();

    /** The ROM whose workflow applies. */
    abstract String rom(E entity);

    /** The ROMs that own the record: who may change it. */
    abstract List<String> owners(E entity);

    abstract String status(E entity);

    abstract void status(E entity, String status);

    abstract Object toRecord(E entity);

    /** The national default for a ROM. */
    abstract Workflow national(String rom);

    /** The states a workflow of this subject may have; null when any. */
    Set<String> allowedStates() {
        return null;
    }

    E find(EntityManager em, long id) {
        return found(em.find(type(), id), id);
    }

    /** The record, locked until the transaction ends: steps on one record are taken one after the other. */
    E findForChange(EntityManager em, long id) {
        return found(RowLocks.find(em, type(), id, code() + " " + id), id);
    }

    private E found(E entity, long id) {
        if (entity == null) {
            throw new NotFoundException(code(), String.valueOf(id));
        }
        return entity;
    }

    static final WorkflowSubject<InputEntity> INPUTS = new WorkflowSubject<>() {
        private final Workflow national = new NationalInputWorkflow();

        @Override
        String code() {
            return Workflow.INPUTS;
        }

        @Override
        Class<InputEntity> type() {
            return InputEntity.class;
        }

        @Override
        String rom(InputEntity input) {
            return input.rom().code();
        }

        @Override
        List<String> owners(InputEntity input) {
            return List.of(rom(input));
        }

        @Override
        String status(InputEntity input) {
            return input.status();
        }

        @Override
        void status(InputEntity input, String status) {
            input.status(status);
        }

        @Override
        Object toRecord(InputEntity input) {
            return input.toRecord();
        }

        @Override
        Workflow national(String rom) {
            return national;
        }
    };

    static final WorkflowSubject<PlanEntity> PLANS = new WorkflowSubject<>() {
        private final Set<String> states = Arrays.stream(PlanStatus.values()).map(Enum::name).collect(Collectors.toSet());

        @Override
        String code() {
            return Workflow.PLANS;
        }

        @Override
        Class<PlanEntity> type() {
            return PlanEntity.class;
        }

        /** A plan's workflow is its lead ROM's: the first of its ROMs. */
        @Override
        String rom(PlanEntity plan) {
            return plan.roms().get(0).code();
        }

        @Override
        List<String> owners(PlanEntity plan) {
            return plan.roms().stream().map(RomEntity::code).toList();
        }

        @Override
        String status(PlanEntity plan) {
            return plan.status().name();
        }

        @Override
        void status(PlanEntity plan, String status) {
            plan.status(PlanStatus.valueOf(status));
        }

        @Override
        Object toRecord(PlanEntity plan) {
            return plan.toRecord();
        }

        @Override
        Workflow national(String rom) {
            return new NationalPlanWorkflow(rom);
        }

        @Override
        Set<String> allowedStates() {
            return states;
        }
    };

    static final WorkflowSubject<ActionEntity> ACTIONS = new WorkflowSubject<>() {
        private final Workflow national = new NationalActionWorkflow();
        private final Set<String> states = Arrays.stream(ActionStatus.values()).map(Enum::name).collect(Collectors.toSet());

        @Override
        String code() {
            return Workflow.ACTIONS;
        }

        @Override
        Class<ActionEntity> type() {
            return ActionEntity.class;
        }

        /** An action follows its plan's lead ROM's action workflow. */
        @Override
        String rom(ActionEntity action) {
            return action.plan().roms().get(0).code();
        }

        @Override
        List<String> owners(ActionEntity action) {
            return action.plan().roms().stream().map(RomEntity::code).toList();
        }

        @Override
        String status(ActionEntity action) {
            return action.status().name();
        }

        @Override
        void status(ActionEntity action, String status) {
            action.status(ActionStatus.valueOf(status));
        }

        @Override
        Object toRecord(ActionEntity action) {
            return action.toRecord();
        }

        @Override
        Workflow national(String rom) {
            return national;
        }

        @Override
        Set<String> allowedStates() {
            return states;
        }
    };

    static final List<WorkflowSubject<?>> ALL = List.of(INPUTS, ACTIONS, PLANS);
}
