package nl.nts.platform.core.rest;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.service.ActionProgress;
import nl.nts.platform.api.service.Actions;
import nl.nts.platform.api.service.Agendas;
import nl.nts.platform.api.service.Traces;
import nl.nts.platform.api.service.AuditTrail;
import nl.nts.platform.api.service.Connectors;
import nl.nts.platform.api.service.Consortia;
import nl.nts.platform.api.service.FundingCalls;
import nl.nts.platform.api.service.Inputs;
import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.Matching;
import nl.nts.platform.api.service.PluginCatalog;
import nl.nts.platform.api.service.PersonalData;
import nl.nts.platform.api.service.Plans;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.Reports;

import nl.nts.platform.api.service.ValueChains;
import nl.nts.platform.api.service.Workflows;
import nl.nts.platform.api.service.Workshops;
import nl.nts.platform.core.shared.ApiTokens;
import nl.nts.platform.core.shared.Backups;
import nl.nts.platform.core.shared.PluginRepositories;
import nl.nts.platform.core.shared.PluginSettings;
import nl.nts.platform.core.shared.CallerScope;
import nl.nts.platform.core.shared.Changes;
import nl.nts.platform.core.shared.FirstStart;
import nl.nts.platform.core.shared.LoginGuard;
import nl.nts.platform.core.shared.People;
import nl.nts.platform.core.shared.PublicPages;
import nl.nts.platform.core.shared.WebSessions;

/**
 * Publishes the REST API on CXF's servlet, which the feature mounts at {@code /api}. The
 * endpoint lives exactly as long as the services it serves. It also waits for the first start's
 * work ({@link FirstStart}: the sample data loaded into a new database), so that the API's first
 * answer already shows the data a first start promises.
 */
@Component(immediate = true, service = {})
public class RestApi {

    private final Server server;

    @Activate
    public RestApi(BundleContext context, @Reference ReferenceData referenceData, @Reference ValueChains valueChains, @Reference Organisations organisations,
            @Reference Workshops workshops, @Reference Inputs inputs, @Reference Plans plans, @Reference Actions actions, @Reference ActionProgress progress,
            @Reference Agendas agendas, @Reference Traces traces, @Reference FundingCalls fundingCalls, @Reference Consortia consortia,
            @Reference Reports reports, @Reference PluginCatalog plugins, @Reference Workflows workflows, @Reference Connectors connectors,
            @Reference AuditTrail audit, @Reference ApiTokens tokens, @Reference LoginGuard guard, @Reference FirstStart firstStartDone,
            @Reference CallerScope scope, @Reference Changes changes, @Reference Backups backups, @Reference PluginSettings pluginSettings,
            @Reference PluginRepositories pluginRepositories,
            @Reference WebSessions sessions, @Reference PublicPages publicPages, @Reference PersonalData personalData, @Reference People people,
            @Reference Matching matching) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/");
        factory.setInvoker(new CallerInvoker(scope));
        List<Object> resources = List.of(
                new ApiIndexResource(),
                new TechnologyResource(referenceData),
                new RomResource(referenceData),
                new ValueChainResource(valueChains),
                new ThemeResource(referenceData),
                new OrganisationResource(organisations, matching),
                new WorkshopResource(workshops, reports),
                new InputResource(inputs, workflows, traces),
                new PublicResource(referenceData, inputs, publicPages),
                new PlanResource(plans, workflows, reports, traces),
                new ActionResource(actions, workflows, progress),
                new AgendaResource(agendas, reports, traces),
                new FundingCallResource(fundingCalls, matching),
                new ConsortiumResource(consortia),
                new ReportResource(reports),
                new WorkflowResource(workflows),
                new ConnectorResource(connectors),
                new PluginResource(plugins),
                new PluginConfigurationResource(pluginSettings),
                new PluginRepositoryResource(pluginRepositories),
                new BackupResource(backups),
                new RestoreResource(backups),
                new AuditResource(audit),
                new PersonalDataResource(personalData),
                new TokenResource(tokens),
                new PeopleResource(people),
                new SessionResource(sessions, guard),
                new DocsResource(context));
        List<Object> beans = new ArrayList<>(resources);
        beans.add(new OpenApiResource(resources, context.getBundle().getVersion().toString()));
        factory.setServiceBeans(beans);
        List<Object> providers = new ArrayList<>();
        providers.add(new Authentication(tokens, guard, new SessionAuthentication(sessions), people::generation));
        JsonBodyProvider json = new JsonBodyProvider();
        providers.add(json);
        providers.add(new ConditionalAnswers(changes, json.json()));
        providers.addAll(ErrorMappers.all());
        factory.setProviders(providers);

        // CXF looks up classes through the context class loader while it builds the endpoint
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RestApi.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void stop() {
        server.destroy();
    }
}
