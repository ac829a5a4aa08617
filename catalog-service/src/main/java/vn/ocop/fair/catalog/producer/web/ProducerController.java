package vn.ocop.fair.catalog.producer.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.ProducerNotFound;
import vn.ocop.fair.catalog.producer.Producers;
import vn.ocop.fair.catalog.web.PageView;

@RestController
@RequestMapping("/api/catalog/producers")
class ProducerController {

    static final String ID = "[a-z0-9][a-z0-9-]{2,63}";

    private final Producers producers;
    private final Clock clock;

    ProducerController(Producers producers, Clock clock) {
        this.producers = producers;
        this.clock = clock;
    }

    /** Registers or replaces a producer under its id (organisers only): idempotent. */
    @PutMapping("/{id}")
    ResponseEntity<Producer> put(
            @PathVariable @Pattern(regexp = ID, message = "a lower-case slug such as htx-lua-van-phuc") String id,
            @Valid @RequestBody ProducerRequest request) {
        Producer producer = request.toProducer(id, clock.instant());
        boolean created = producers.put(producer);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(producer);
    }

    @GetMapping("/{id}")
    Producer get(@PathVariable String id) {
        return producers.find(id).orElseThrow(() -> new ProducerNotFound(id));
    }

    @GetMapping
    PageView<Producer> page(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new PageView<>(producers.page(page, size), page, size, producers.count());
    }
}
