package nl.nts.platform.itests;

import static nl.nts.platform.itests.NationalCoreIT.assertProblem;
import static nl.nts.platform.itests.NationalCoreIT.assertRefused;
import static nl.nts.platform.itests.NationalCoreIT.texts;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nts.platform.api.model.Plan;
import nl.nts.platform.api.model.PlanStatus;
import nl.nts.platform.api.model.StateChange;
import nl.nts.platform.api.plugin.PluginProperties;
import nl.nts.platform.api.plugin.TransitionListener;
import nl.nts.platform.api.plugin.Workflow;

/**
 * ROM workflows through the distribution: BOM's and LIOF's plugins installed over REST, their
 * roles and hooks, records held (never lost, never moved) when a workflow is upgraded or
 * removed, and an operator moving them on. Role-restricted steps are taken through the
 * engine's service with the caller's roles: REST has no login until issue 5.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WorkflowsIT extends PlatformTest {

    @Inject
    private BundleContext context;

    @Test
    public void eachRomGetsItsOwnWorkflowAndTheRestTheNationalDefault() throws Exception {
        install("rom-bom", "rom-liof");
        try {
            assertEquals("rom-bom", api.get("/workflows/BOM").json().get("plugin").asText());
            assertEquals("BOM intake", api.get("/workflows/BOM").json().get("name").asText());
            assertEquals("rom-liof", api.get("/workflows/LIOF").json().get("plugin").asText());
            assertEquals("core", api.get("/workflows/IQ").json().get("plugin").asText());
            assertProblem(api.get("/workflows/XYZ"), 404);

            // the sample inputs of BOM's workshop are 'answered', a state BOM's intake lacks: held, listed, not moved;
            // so are LIOF's sample inputs in states LIOF's review lacks (all but 'received'), and no other ROM's
            JsonNode attention = api.get("/workflows/attention").json().get("items");
            List<JsonNode> held = new java.util.ArrayList<>();
            int liof = 0;
            for (JsonNode h : attention) {
                if (h.get("rom").asText().equals("LIOF")) {
                    liof++;
                    assertFalse(h.toString(), h.get("state").asText().equals("received"));
                    assertEquals(List.of("received", "screened", "board-review", "approved", "rejected", "withdrawn"), texts(h.get("states")));
                    continue;
                }
                assertEquals("BOM", h.get("rom").asText());
                assertEquals(List.of("received", "triaged", "merged", "declined"), texts(h.get("states")));
                held.add(h);
            }
            assertTrue(attention.toString(), held.size() >= 10 && liof >= 3);
            long heldId = held.get(0).get("id").asLong();
            String heldState = held.get(0).get("state").asText();
            assertEquals(heldState, api.get("/inputs/" + heldId).json().get("status").asText());
            assertRefused(api.post("/inputs/" + heldId + "/transitions", "{\"transition\":\"triage\"}"), 409, "transition");
            int port = Integer.getInteger(NtsDistribution.HTTP_PORT);
            assertProblem(Api.anonymous(port).post("/inputs/" + heldId + "/move", "{\"state\":\"merged\"}"), 401);

            String shown = shell().run("nts:workflows");
            assertTrue(shown, shown.contains("BOM intake") && shown.contains("held in a state") && shown.contains(String.valueOf(heldId)));

            // an operator (the tests' user is a kia-operator) moves it on
            Api.Answer moved = api.post("/inputs/" + heldId + "/move", "{\"state\":\"merged\",\"reason\":\"answered before BOM's intake existed\"}");
            assertEquals(moved.body(), 200, moved.status());
            assertEquals("merged", api.get("/inputs/" + heldId).json().get("status").asText());
            assertFalse(texts(api.get("/workflows/attention").json().get("items"), "id").contains(String.valueOf(heldId)));
            JsonNode history = api.get("/inputs/" + heldId + "/history").json().get("items");
            assertEquals("move", history.get(history.size() - 1).get("transition").asText());
            assertEquals(Api.USER, history.get(history.size() - 1).get("by").asText());

            // BOM's and LIOF's report formats act on what those ROMs own
            long plan = api.get("/plans?valueChain=VC01").json().get("items").get(0).get("id").asLong();
            Api.Answer house = api.get("/plans/" + plan + "/report?format=bom-house");
            assertEquals(house.body(), 200, house.status());
            assertTrue(house.contentType().startsWith("text/markdown"));
            assertTrue(house.body(), house.body().contains("## Korte termijn (laaghangend fruit)") && house.body().contains("€ 12.000.000"));
            assertEquals(200, api.get("/plans/" + plan + "/report?format=liof-export").status());
            assertRefused(api.get("/agendas/NTS09/report?format=bom-house"), 422, "format");
        } finally {
            uninstall("rom-bom", "rom-liof");
        }
    }

    @Test
    public void bomsIntakeChecksRolesReasonsAndItsHook() throws Exception {
        install("rom-bom");
        try {
            long input = newInput("BOM");
            assertEquals("received", api.get("/inputs/" + input).json().get("status").asText());
            // the tests' operator is no member of BOM
            assertProblem(api.post("/inputs/" + input + "/transitions", "{\"transition\":\"triage\"}"), 403);

            Api member = new Api(port(), "bom-member", "bom-password");
            Api admin = new Api(port(), "bom-admin", "bom-admin-password");
            assertEquals("triaged", step(member, input, "triage", null).json().get("status").asText());
            Api.Answer refused = step(member, input, "merge", null);
            assertRefused(refused, 409, "transition");
            assertTrue(refused.body(), refused.body().contains("no action answers it"));
            // declining needs BOM's admin
            assertProblem(step(member, input, "decline", "out of scope"), 403);
            assertRefused(step(admin, input, "decline", " "), 422, "reason");
            assertEquals("declined", step(admin, input, "decline", "out of scope for BOM").json().get("status").asText());

            JsonNode history = api.get("/inputs/" + input + "/history").json().get("items");
            assertEquals(List.of("triage", "decline"), texts(history, "transition"));
            assertEquals("out of scope for BOM", history.get(1).get("reason").asText());

            // the status changes only through the workflow
            JsonNode stored = api.get("/inputs/" + input).json();
            Map<String, Object> edit = new LinkedHashMap<>();
            edit.put("workshop", stored.get("workshop").asLong());
            edit.put("kind", stored.get("kind").asText());
            edit.put("theme", stored.get("theme").asText());
            edit.put("text", stored.get("text").asText());
            edit.put("status", "received");
            edit.put("version", stored.get("version").asLong());
            assertRefused(api.put("/inputs/" + input, Api.json(edit)), 409, "status");
        } finally {
            uninstall("rom-bom");
        }
    }

    @Test
    public void anUpgradeThatRenamesAStateHoldsItsRecordsAndARemovalFallsBackToTheDefault() throws Exception {
        install("rom-bom");
        long input = newInput("BOM");
        assertEquals(200, step(new Api(port(), "bom-member", "bom-password"), input, "triage", null).status());
        // version 2 of BOM's workflow renamed 'triaged' to 'assessed'
        ServiceRegistration<Workflow> v2 = registerBomWorkflowV2();
        try {
            assertEquals("BOM intake v2", api.get("/workflows/BOM").json().get("name").asText());
            assertTrue(texts(api.get("/workflows/attention").json().get("items"), "id").contains(String.valueOf(input)));
            assertEquals("triaged", api.get("/inputs/" + input).json().get("status").asText());
            assertRefused(step(new Api(port(), "bom-admin", "bom-admin-password"), input, "merge", null), 409, "transition");
        } finally {
            v2.unregister();
        }
        // back on version 1 the input is no longer held
        assertEquals("BOM intake", api.get("/workflows/BOM").json().get("name").asText());
        assertFalse(texts(api.get("/workflows/attention").json().get("items"), "id").contains(String.valueOf(input)));

        // removing BOM's plugin: BOM falls back to the national default, which has 'triaged' too;
        // the declined and merged inputs of BOM's own states are held until moved
        long merged = newInput("BOM");
        // a move is for held inputs only: this one moves by its transitions
        assertRefused(move(api, merged, "merged", "test"), 409, "state");
        Api member = new Api(port(), "bom-member", "bom-password");
        assertEquals(200, step(member, merged, "triage", null).status());
        // 'merged' counts as answered: only while an action answers the input
        assertRefused(step(member, merged, "merge", null), 409, "transition");
        answer(merged, "BOM");
        assertEquals(200, step(member, merged, "merge", null).status());
        uninstall("rom-bom");
        assertEquals("core", api.get("/workflows/BOM").json().get("plugin").asText());
        List<String> held = texts(api.get("/workflows/attention").json().get("items"), "id");
        assertTrue(held.toString(), held.contains(String.valueOf(merged)));
        assertFalse(held.toString(), held.contains(String.valueOf(input)));
        assertEquals("merged", api.get("/inputs/" + merged).json().get("status").asText());
        assertEquals(200, move(new Api(port(), "bom-admin", "bom-admin-password"), merged, "answered", "national default").status());
        assertFalse(texts(api.get("/workflows/attention").json().get("items"), "id").contains(String.valueOf(merged)));
    }

    @Test
    public void liofsBoardDecidesAndOtherRomsUseTheNationalDefaultOverRest() throws Exception {
        install("rom-liof");
        try {
            long liof = newInput("LIOF");
            Api carla = new Api(port(), "liof-member", "liof-password");
            assertEquals(200, step(carla, liof, "screen", null).status());
            assertEquals(200, step(carla, liof, "submit-to-board", null).status());
            assertProblem(step(carla, liof, "approve", null), 403);
            Api board = new Api(port(), "liof-board", "liof-board-password");
            assertEquals("approved", step(board, liof, "approve", null).json().get("status").asText());

            long iq = newInput("IQ");
            Api.Answer triaged = api.post("/inputs/" + iq + "/transitions", "{\"transition\":\"triage\"}");
            assertEquals(triaged.body(), 200, triaged.status());
            assertEquals("triaged", triaged.json().get("status").asText());
            assertRefused(api.post("/inputs/" + iq + "/transitions", "{\"transition\":\"decline\"}"), 422, "reason");
            assertRefused(api.post("/inputs/" + iq + "/transitions", "{\"transition\":\"fly\"}"), 422, "transition");
        } finally {
            uninstall("rom-liof");
        }
    }

    private ServiceRegistration<Workflow> registerBomWorkflowV2() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, "rom-bom");
        properties.put(PluginProperties.ROM, "BOM");
        properties.put(Workflow.SUBJECT, Workflow.INPUTS);
        properties.put(Constants.SERVICE_RANKING, 100);
        return context.registerService(Workflow.class, new Workflow() {
            @Override
            public String name() {
                return "BOM intake v2";
            }

            @Override
            public String initialState() {
                return "received";
            }

            @Override
            public List<State> states() {
                return List.of(new State("received", "Received", false), new State("assessed", "Assessed", false),
                        new State("merged", "Merged", true), new State("declined", "Declined", true));
            }

            @Override
            public List<Transition> transitions() {
                return List.of(new Transition("assess", "Assess", "received", "assessed", null, false),
                        new Transition("merge", "Merge", "assessed", "merged", null, false));
            }
        }, properties);
    }

    /** A new input on a new workshop of the ROM. */
    /** An action of a new plan of the ROM answers the input. @return the action's id */
    private long answer(long input, String rom) throws Exception {
        long plan = newPlan(rom);
        Api.Answer action = api.post("/actions", Api.json(Map.of("plan", plan, "title", "Answers input " + input, "horizon", "SHORT_TERM",
                "inputs", List.of(input))));
        assertEquals(action.body(), 201, action.status());
        return action.json().get("id").asLong();
    }

    private long newPlan(String rom) throws Exception {
        Api.Answer plan = api.post("/plans", Api.json(Map.of("title", "Workflow plan " + rom + " " + System.nanoTime(), "valueChain", "VC01",
                "roms", List.of(rom), "periodStart", "2026-01-01", "periodEnd", "2027-12-31")));
        assertEquals(plan.body(), 201, plan.status());
        return plan.json().get("id").asLong();
    }

    private static Api.Answer step(Api as, String kind, long id, String transition, String reason) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transition", transition);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.post("/" + kind + "/" + id + "/transitions", Api.json(body));
    }

    @Test
    public void plansAndActionsGoThroughTheirWorkflowsAndListenersHearOfEachStep() throws Exception {
        List<Object[]> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, "listener-test");
        properties.put(Workflow.SUBJECT, Workflow.PLANS);
        ServiceRegistration<TransitionListener> listener = context.registerService(TransitionListener.class,
                (change, rom, record) -> heard.add(new Object[] {change, rom, record}), properties);
        List<StateChange> actionSteps = new java.util.concurrent.CopyOnWriteArrayList<>();
        Hashtable<String, Object> forActions = new Hashtable<>(properties);
        forActions.put(Workflow.SUBJECT, Workflow.ACTIONS);
        ServiceRegistration<TransitionListener> actionListener = context.registerService(TransitionListener.class,
                (change, rom, record) -> actionSteps.add(change), forActions);
        try {
            Api member = new Api(port(), "bom-member", "bom-password");
            Api admin = new Api(port(), "bom-admin", "bom-admin-password");
            Api liof = new Api(port(), "liof-member", "liof-password");

            // created in the initial state only
            Map<String, Object> approved = new LinkedHashMap<>(Map.of("title", "Straight to approved " + System.nanoTime(), "valueChain", "VC01",
                    "roms", List.of("BOM"), "periodStart", "2026-01-01", "periodEnd", "2027-12-31", "status", "APPROVED"));
            assertRefused(member.post("/plans", Api.json(approved)), 422, "status");
            long plan = newPlan("BOM");
            JsonNode draft = api.get("/plans/" + plan).json();
            assertEquals("DRAFT", draft.get("status").asText());
            // a member cannot PUT it to APPROVED
            com.fasterxml.jackson.databind.node.ObjectNode edit = draft.deepCopy();
            edit.put("status", "APPROVED");
            assertRefused(member.put("/plans/" + plan, edit.toString()), 409, "status");

            assertProblem(step(liof, "plans", plan, "consult", null), 403);
            assertEquals("CONSULTATION", step(member, "plans", plan, "consult", null).json().get("status").asText());
            assertProblem(step(member, "plans", plan, "submit", null), 403);
            assertEquals("SUBMITTED", step(admin, "plans", plan, "submit", null).json().get("status").asText());
            assertProblem(step(admin, "plans", plan, "approve", null), 403);
            assertRefused(step(api, "plans", plan, "return", " "), 422, "reason");
            assertEquals("APPROVED", step(api, "plans", plan, "approve", null).json().get("status").asText());

            JsonNode history = api.get("/plans/" + plan + "/history").json().get("items");
            assertEquals(List.of("consult", "submit", "approve"), texts(history, "transition"));
            assertEquals("bom-admin", history.get(1).get("by").asText());
            assertEquals("plan", api.get("/workflows/BOM?subject=plan").json().get("subject").asText());

            // the listener hears each committed step, with the plan as it is after it
            Await.until("the listener hears 3 plan steps", java.time.Duration.ofSeconds(10), () -> heard.size() >= 3);
            assertEquals(3, heard.size());
            Object[] last = heard.get(2);
            assertEquals("approve", ((StateChange) last[0]).transition());
            assertEquals("BOM", last[1]);
            assertEquals(PlanStatus.APPROVED, ((Plan) last[2]).status());

            // an action starts as an idea and moves by its workflow only
            Api.Answer created = member.post("/actions", Api.json(Map.of("plan", plan, "title", "Clean room pooling", "horizon", "SHORT_TERM",
                    "status", "RUNNING")));
            assertRefused(created, 422, "status");
            long action = answer(newInput("BOM"), "BOM");
            JsonNode idea = api.get("/actions/" + action).json();
            assertEquals("IDEA", idea.get("status").asText());
            com.fasterxml.jackson.databind.node.ObjectNode done = idea.deepCopy();
            done.put("status", "DONE");
            assertRefused(api.put("/actions/" + action, done.toString()), 409, "status");
            for (String t : List.of("prepare", "fund", "start")) {
                assertEquals(t, 200, step(member, "actions", action, t, null).status());
            }
            assertRefused(step(member, "actions", action, "drop", null), 422, "reason");
            assertEquals("DONE", step(member, "actions", action, "complete", null).json().get("status").asText());
            assertEquals(4, api.get("/actions/" + action + "/history").json().get("items").size());
            // the action listener hears the four action steps; by then the plan listener has heard none of them
            Await.until("the action listener hears 4 steps", java.time.Duration.ofSeconds(10), () -> actionSteps.size() >= 4);
            assertEquals(List.of("prepare", "fund", "start", "complete"), actionSteps.stream().map(StateChange::transition).toList());
            assertEquals("only plan steps were asked for", 3, heard.size());
        } finally {
            listener.unregister();
            actionListener.unregister();
        }
    }

    /** Steps racing on one record: one wins, the others are told why (409 or 422), none gets a 5xx. */
    @Test
    public void racingStepsOnOneRecordGetOneWinnerAndNoServerError() throws Exception {
        for (int round = 0; round < 3; round++) {
            long input = newInput("IQ");
            java.util.concurrent.ExecutorService racers = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Api.Answer>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    answers.add(racers.submit(() -> {
                        go.await();
                        return step(api, "inputs", input, "triage", null);
                    }));
                }
                go.countDown();
                int won = 0;
                for (java.util.concurrent.Future<Api.Answer> f : answers) {
                    Api.Answer a = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                    assertTrue(a.status() + " " + a.body(), a.status() == 200 || a.status() == 409 || a.status() == 422);
                    won += a.status() == 200 ? 1 : 0;
                }
                assertEquals(1, won);
                assertEquals(1, api.get("/inputs/" + input + "/history").json().get("items").size());
            } finally {
                racers.shutdownNow();
            }
        }
    }

    @Test
    public void anInputIsAnsweredOnlyWhileAnActionAnswersIt() throws Exception {
        long input = newInput("IQ");
        assertEquals(200, step(api, "inputs", input, "triage", null).status());
        Api.Answer early = step(api, "inputs", input, "answer", null);
        assertRefused(early, 409, "transition");
        assertTrue(early.body(), early.body().contains("no action answers it"));
        long action = answer(input, "IQ");
        assertEquals("answered", step(api, "inputs", input, "answer", null).json().get("status").asText());
        // the only answering action may neither drop the input nor go
        JsonNode stored = api.get("/actions/" + action).json();
        com.fasterxml.jackson.databind.node.ObjectNode dropped = stored.deepCopy();
        dropped.putArray("inputs");
        assertRefused(api.put("/actions/" + action, dropped.toString()), 409, "inputs");
        assertRefused(api.delete("/actions/" + action), 409, "inputs");
        // with a second action answering it, the first may go
        answer(input, "IQ");
        assertEquals(204, api.delete("/actions/" + action).status());
        assertEquals("answered", api.get("/inputs/" + input).json().get("status").asText());
    }

    @Test
    public void aRomsPlanWorkflowWithStatesOfItsOwnIsIgnored() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, "odd-plans");
        properties.put(PluginProperties.ROM, "IQ");
        properties.put(Workflow.SUBJECT, Workflow.PLANS);
        ServiceRegistration<Workflow> odd = context.registerService(Workflow.class, new Workflow() {
            public String name() {
                return "IQ plans";
            }

            public String initialState() {
                return "DRAFT";
            }

            public List<State> states() {
                return List.of(new State("DRAFT", "Draft", false), new State("BOARD", "With IQ's board", false));
            }

            public List<Transition> transitions() {
                return List.of(new Transition("to-board", "To the board", "DRAFT", "BOARD", null, false));
            }
        }, properties);
        try {
            assertEquals("core", api.get("/workflows/IQ?subject=plan").json().get("plugin").asText());
        } finally {
            odd.unregister();
        }
        // the control: the same registration with national states only is picked
        properties.put(PluginProperties.PLUGIN_ID, "even-plans");
        ServiceRegistration<Workflow> even = context.registerService(Workflow.class, new Workflow() {
            public String name() {
                return "IQ plans";
            }

            public String initialState() {
                return "DRAFT";
            }

            public List<State> states() {
                return List.of(new State("DRAFT", "Draft", false), new State("SUBMITTED", "Submitted", false));
            }

            public List<Transition> transitions() {
                return List.of(new Transition("submit", "Submit", "DRAFT", "SUBMITTED", null, false));
            }
        }, properties);
        try {
            Await.holds("IQ's plan workflow is the plugin's", java.time.Duration.ofSeconds(10), () -> "even-plans".equals(api.get("/workflows/IQ?subject=plan").json().get("plugin").asText()));
        } finally {
            even.unregister();
        }
    }

    private long newInput(String rom) throws Exception {
        Map<String, Object> workshop = new LinkedHashMap<>();
        workshop.put("title", "Workflow test " + rom);
        workshop.put("date", "2026-03-01");
        workshop.put("rom", rom);
        Api.Answer w = api.post("/workshops", Api.json(workshop));
        assertEquals(w.body(), 201, w.status());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("workshop", w.json().get("id").asLong());
        input.put("kind", "PROPOSAL");
        input.put("theme", "TALENT");
        input.put("text", "A shared training centre");
        Api.Answer i = api.post("/inputs", Api.json(input));
        assertEquals(i.body(), 201, i.status());
        return i.json().get("id").asLong();
    }

    private void install(String... ids) throws Exception {
        for (String id : ids) {
            Api.Answer installed = api.post("/plugins", "{\"id\":\"" + id + "\"}");
            assertEquals(installed.body(), 201, installed.status());
        }
    }

    private void uninstall(String... ids) throws Exception {
        for (String id : ids) {
            assertEquals(204, api.delete("/plugins/" + id).status());
        }
    }

    @Test
    public void aHookThatHangsEndsAtTheTimeLimitAndOneThatThrowsNamesItsPlugin() throws Exception {
        long input = newInput("HF");
        ServiceRegistration<Workflow> hanging = registerHookWorkflow("HF", request -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            java.time.Instant start = java.time.Instant.now();
            Api.Answer hung = api.post("/inputs/" + input + "/transitions", "{\"transition\":\"triage\"}");
            assertProblem(hung, 504);
            assertTrue(hung.body(), hung.json().get("detail").asText().contains("did not decide within 2 s"));
            assertTrue(java.time.Duration.between(start, java.time.Instant.now()).toSeconds() < 10);
            assertEquals("received", api.get("/inputs/" + input).json().get("status").asText());
        } finally {
            hanging.unregister();
        }
        ServiceRegistration<Workflow> throwing = registerHookWorkflow("HF", request -> {
            throw new UnsupportedOperationException("no network to the HF CRM");
        });
        try {
            Api.Answer failed = api.post("/inputs/" + input + "/transitions", "{\"transition\":\"triage\"}");
            assertProblem(failed, 500);
            assertTrue(failed.body(), failed.json().get("detail").asText().contains("plugin test-hf failed: no network to the HF CRM"));
        } finally {
            throwing.unregister();
        }
        assertEquals(200, api.post("/inputs/" + input + "/transitions", "{\"transition\":\"triage\"}").status());
    }

    private ServiceRegistration<Workflow> registerHookWorkflow(String rom, java.util.function.Consumer<Workflow.TransitionRequest> hook) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(PluginProperties.PLUGIN_ID, "test-" + rom.toLowerCase());
        properties.put(PluginProperties.ROM, rom);
        properties.put(Workflow.SUBJECT, Workflow.INPUTS);
        return context.registerService(Workflow.class, new Workflow() {
            @Override
            public String name() {
                return "Hooked";
            }

            @Override
            public String initialState() {
                return "received";
            }

            @Override
            public List<State> states() {
                return List.of(new State("received", "Received", false), new State("triaged", "Triaged", false));
            }

            @Override
            public List<Transition> transitions() {
                return List.of(new Transition("triage", "Triage", "received", "triaged", null, false));
            }

            @Override
            public void beforeTransition(TransitionRequest request) {
                hook.accept(request);
            }
        }, properties);
    }

    /** A workflow step through the REST API, as the given user. */
    private static Api.Answer step(Api as, long input, String transition, String reason) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transition", transition);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.post("/inputs/" + input + "/transitions", Api.json(body));
    }

    private static Api.Answer move(Api as, long input, String state, String reason) throws Exception {
        return as.post("/inputs/" + input + "/move", Api.json(Map.of("state", state, "reason", reason)));
    }
}
