package vn.ocop.fair.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.importing.CatalogImport;
import vn.ocop.fair.catalog.importing.ImportReport;
import vn.ocop.fair.catalog.product.Products;
import vn.ocop.fair.catalog.stock.StockManagement;
import vn.ocop.fair.catalog.stock.Stocks;
import vn.ocop.fair.support.security.Caller;

/**
 * Imports the demo catalogue ({@code demo/catalogue.csv}: Hanoi OCOP producers and their products,
 * written for this project from public facts; decisions, phones and prices illustrative) through the
 * CSV import, so it takes the same path, rules and events as an organiser's upload, and the file
 * doubles as a sample of the import format. The import is idempotent, so this runs at every start:
 * a new catalogue gets everything, an existing one only what the file changed (details edited since
 * are set back to the file's; statuses stay). Then every listed product without stock gets a
 * first delivery ({@link DemoStock}), once.
 */
@Component
@ConditionalOnBooleanProperty("ocop.catalog.demo-data")
class DemoCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalogue.class);
    static final String RESOURCE = "demo/catalogue.csv";

    private final CatalogImport imports;
    private final DemoStock stock;

    DemoCatalogue(CatalogImport imports, Products products, Stocks stocks, StockManagement stockManagement) {
        this.imports = imports;
        this.stock = new DemoStock(products, stocks, stockManagement);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ImportReport report = imports.run(read(), false, Caller.system("demo-data"));
        log.info(
                "Demo catalogue: {} rows, {} created, {} updated, {} unchanged, {} rejected; producers {}",
                report.rows(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.rejected(),
                report.producers());
        report.errors().forEach(e -> log.warn("Demo catalogue row {} ({}): {}", e.row(), e.column(), e.message()));
        log.info("Demo stock: {} listed products without stock received their first units", stock.stockUnstocked());
    }

    static byte[] read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
