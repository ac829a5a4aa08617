package vn.ocop.fair.catalog.producer;

import java.time.Instant;

/**
 * A producer (chủ thể) of OCOP products: a cooperative, an enterprise or a household.
 *
 * @param id a stable slug, e.g. {@code htx-lua-van-phuc}; producer tokens carry it as {@code producer_id}
 * @param commune the commune or ward (xã/phường) — since July 2025 directly under the province or city
 * @param legacyDistrict the district older records name (Hoài Đức, Hà Đông…), or null
 * @param craftVillage the craft village (làng nghề), or null
 */
public record Producer(
        String id,
        String name,
        ProducerType type,
        String commune,
        String province,
        String legacyDistrict,
        String craftVillage,
        String phone,
        String email,
        Instant updatedAt) {}
