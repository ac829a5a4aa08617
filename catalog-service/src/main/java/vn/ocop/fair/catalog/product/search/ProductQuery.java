package vn.ocop.fair.catalog.product.search;

import java.util.LinkedHashSet;
import java.util.List;
import vn.ocop.fair.catalog.product.OcopGroup;
import vn.ocop.fair.catalog.product.SearchText;

/**
 * What a customer looks for in the listed catalogue. Text, province and commune are folded
 * ({@link SearchText}) here, so they compare with the folded fields products store; null means
 * "any". The web layer has checked the ranges (sizes, stars, prices).
 *
 * @param text the words to find, each as the start of a word of the name, the producer's name or
 *     the craft village
 * @param province matched as the last words of the producer's province: "Hà Nội" and "ha noi"
 *     both match "Thành phố Hà Nội"
 * @param commune matched like the province: "Bát Tràng" matches "Xã Bát Tràng"
 */
public record ProductQuery(
        String text,
        OcopGroup group,
        Integer minStars,
        String province,
        String commune,
        String producerId,
        Long minPriceVnd,
        Long maxPriceVnd,
        String fairId,
        SearchOrder order,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 200;

    public ProductQuery {
        text = SearchText.fold(text);
        province = foldedOrNull(province);
        commune = foldedOrNull(commune);
        producerId = strippedOrNull(producerId);
        fairId = strippedOrNull(fairId);
        order = order == null ? SearchOrder.RELEVANCE : order;
    }

    /** The distinct words of the text, in the order given. */
    public List<String> words() {
        return text.isEmpty() ? List.of() : List.copyOf(new LinkedHashSet<>(List.of(text.split(" "))));
    }

    /** Whether results are ranked by how well they match the words. */
    boolean ranksByWords() {
        return order == SearchOrder.RELEVANCE && !text.isEmpty();
    }

    private static String foldedOrNull(String text) {
        String folded = SearchText.fold(text);
        return folded.isEmpty() ? null : folded;
    }

    private static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
