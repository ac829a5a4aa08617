package vn.ocop.fair.catalog.certificate;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.fair.catalog.product.Catalogue;
import vn.ocop.fair.catalog.product.Certificate;
import vn.ocop.fair.catalog.product.ProductId;
import vn.ocop.fair.catalog.product.events.CatalogEvent;
import vn.ocop.fair.catalog.product.events.CertificateExpiring;
import vn.ocop.fair.catalog.product.events.ProductDelisted;

/**
 * Sweeps the listed products whose certificate lapsed or has at most 90 days left and applies the
 * product's own certificate rules to each. Every step is idempotent (each notice is remembered on
 * the product, a delisted product is not swept again), so a rerun, a second instance or a crash
 * halfway changes nothing twice. Runs daily ({@link CertificateWatchSchedule}) or on demand.
 */
@Component
class CertificateWatch {

    private static final Logger log = LoggerFactory.getLogger(CertificateWatch.class);

    private final Catalogue catalogue;

    CertificateWatch(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One sweep over today's work, as of the catalogue's clock. */
    Sweep sweep() {
        List<ProductId> due = catalogue.certificatesToWatch();
        int first = 0;
        int last = 0;
        int delisted = 0;
        int failed = 0;
        for (ProductId id : due) {
            try {
                for (CatalogEvent event : catalogue.watchCertificate(id)) {
                    if (event instanceof CertificateExpiring notice) {
                        if (notice.threshold() == Certificate.FIRST_NOTICE_DAYS) {
                            first++;
                        } else {
                            last++;
                        }
                    } else if (event instanceof ProductDelisted) {
                        delisted++;
                    }
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Certificate watch skipped product {} until its next sweep: {}", id, e.toString());
            }
        }
        Sweep sweep = new Sweep(due.size(), first, last, delisted, failed);
        log.info("Certificate watch: {}", sweep);
        return sweep;
    }

    /**
     * What one sweep did.
     *
     * @param examined listed products with a certificate lapsed or at most 90 days from expiry
     * @param firstNotices {@code CertificateExpiring} raised at 90 days
     * @param lastNotices {@code CertificateExpiring} raised at 30 days
     * @param delisted products delisted because their certificate lapsed
     * @param failed products skipped (changed meanwhile…); the next sweep takes them again
     */
    record Sweep(int examined, int firstNotices, int lastNotices, int delisted, int failed) {}
}
