package vn.ocop.fair.catalog.producer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import vn.ocop.fair.catalog.producer.Producer;
import vn.ocop.fair.catalog.producer.ProducerType;

record ProducerRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull ProducerType type,
        @NotBlank @Size(max = 100) String commune,
        @NotBlank @Size(max = 100) String province,
        @Size(max = 100) String legacyDistrict,
        @Size(max = 200) String craftVillage,
        @Pattern(regexp = "[0-9+ .()-]{6,20}") String phone,
        @Email @Size(max = 200) String email) {

    Producer toProducer(String id, Instant now) {
        return new Producer(
                id,
                name.strip(),
                type,
                commune.strip(),
                province.strip(),
                legacyDistrict,
                craftVillage,
                phone,
                email,
                now);
    }
}
