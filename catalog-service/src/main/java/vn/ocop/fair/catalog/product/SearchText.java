package vn.ocop.fair.catalog.product;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for search: lower case, no diacritics, đ → d, single spaces. "Lụa Vạn
 * Phúc", "lua van phuc" and "LUA VAN PHUC" all fold to "lua van phuc". Stored beside the text so a
 * plain regular expression finds it on real MongoDB and on the embedded wire server alike.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String bare =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(bare).replaceAll(" ").strip();
    }
}
