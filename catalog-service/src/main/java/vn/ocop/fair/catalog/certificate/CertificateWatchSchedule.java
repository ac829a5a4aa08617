package vn.ocop.fair.catalog.certificate;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import vn.ocop.fair.catalog.CatalogProperties;
import vn.ocop.fair.catalog.product.Catalogue;

/** Runs the certificate watch on {@code ocop.catalog.certificate-watch.cron}, in Hanoi time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CertificateWatchSchedule implements SchedulingConfigurer {

    private final CertificateWatch watch;
    private final String cron;

    CertificateWatchSchedule(CertificateWatch watch, CatalogProperties properties) {
        this.watch = watch;
        this.cron = properties.certificateWatch().cron();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!CatalogProperties.CertificateWatch.DISABLED.equals(cron)) {
            tasks.addCronTask(new CronTask(watch::sweep, new CronTrigger(cron, Catalogue.LOCAL_TIME)));
        }
    }
}
