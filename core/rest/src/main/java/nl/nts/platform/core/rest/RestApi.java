package nl.nts.platform.core.rest;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import nl.nts.platform.api.service.Organisations;
import nl.nts.platform.api.service.ReferenceData;
import nl.nts.platform.api.service.SampleData;
import nl.nts.platform.api.service.ValueChains;

/**
 * Publishes the REST API on CXF's servlet, which the feature mounts at {@code /api}. The
 * endpoint lives exactly as long as the services it serves. It also waits for the sample data
 * service, which loads the sample data into a new database when it activates: the API's first
 * answer already shows the data a first start promises.
 */
@Component(immediate = true, service = {})
public class RestApi {

    private final Server server;

    @Activate
    public RestApi(@Reference ReferenceData referenceData, @Reference ValueChains valueChains, @Reference Organisations organisations,
            @Reference SampleData sampleDataLoadedFirst) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress("/");
        List<Object> resources = List.of(
                new ApiIndexResource(),
                new TechnologyResource(referenceData),
                new RomResource(referenceData),
                new ValueChainResource(valueChains),
                new OrganisationResource(organisations));
        factory.setServiceBeans(resources);
        List<Object> providers = new ArrayList<>();
        providers.add(new JsonBodyProvider());
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
