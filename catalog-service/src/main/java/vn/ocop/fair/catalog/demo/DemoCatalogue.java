package vn.ocop.fair.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.fair.catalog.access.Actor;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.ProducerType;
import vn.ocop.fair.catalog.producer.Producers;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Certificate;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.ProductDetails;

/**
 * Loads the demo catalogue ({@code demo/catalogue.json}: Hanoi OCOP producers and their products,
 * written for this project from public facts; prices illustrative) into an empty catalogue,
 * through the same paths a request takes, so their events flow to the other services too.
 */
@Component
@ConditionalOnBooleanProperty("ocop.catalog.demo-data")
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    static final String RESOURCE = "demo/catalogue.json";

    private final Catalogue catalogue;
    private final Producers producers;
    private final JsonMapper json;
    private final Clock clock;

    DemoCatalogue(Catalogue catalogue, Producers producers, JsonMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.producers = producers;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!catalogue.isEmpty()) {
            return;
        }
        List<DemoProducer> demo = read();
        Actor system = Actor.system("demo-data");
        int products = 0;
        for (DemoProducer p : demo) {
            producers.put(p.toProducer(clock));
            for (DemoProduct product : p.products()) {
                catalogue.create(p.id(), product.toDetails(), false, system);
                products++;
            }
        }
        log.info("Listed {} demo products of {} producers", products, demo.size());
    }

    List<DemoProducer> read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<DemoProducer>>() {});
        }
    }

    record DemoProducer(
            String id,
            String name,
            ProducerType type,
            String commune,
            String province,
            String legacyDistrict,
            String craftVillage,
            String phone,
            List<DemoProduct> products) {

        Producer toProducer(Clock clock) {
            return new Producer(
                    id, name, type, commune, province, legacyDistrict, craftVillage, phone, null, clock.instant());
        }
    }

    record DemoProduct(
            String name,
            String description,
            OcopGroup group,
            int stars,
            long priceVnd,
            String unit,
            String decisionNumber,
            String issuingBody,
            LocalDate issuedOn) {

        ProductDetails toDetails() {
            return new ProductDetails(
                    name,
                    description,
                    group,
                    stars,
                    priceVnd,
                    unit,
                    List.of(),
                    new Certificate(decisionNumber, issuingBody, issuedOn, null));
        }
    }
}
