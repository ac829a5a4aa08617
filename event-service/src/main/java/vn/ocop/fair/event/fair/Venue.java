package vn.ocop.fair.event.fair;

/** Where a fair takes place; {@code commune} is the commune or ward (xã/phường). */
public record Venue(String name, String address, String commune, String province) {

    boolean isComplete() {
        return filled(name) && filled(address) && filled(province);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
