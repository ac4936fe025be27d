package io.faultline.p2p;

import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The keyword rule every p2p system here shares: a file matches a keyword when the keyword is one of the words of
 * the file's name, ignoring case. A word is a maximal run of letters and digits, so {@code "Free_Bird.mp3"} has
 * the words {@code free}, {@code bird} and {@code mp3}, and matches {@code "bird"} but not {@code "bir"}.
 */
public final class Keywords {

    private Keywords() {
    }

    /** The words of a file name, lower-cased (in the root locale, so the rule is the same on every machine). */
    public static SortedSet<String> wordsOf(String fileName) {
        SortedSet<String> words = new TreeSet<>();
        for (String word : fileName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The keyword as the index looks it up: lower-cased, or empty if it is not a single word. */
    public static String normalize(String keyword) {
        SortedSet<String> words = wordsOf(keyword);
        return words.size() == 1 ? words.first() : "";
    }

    public static boolean matches(String fileName, String keyword) {
        String word = normalize(keyword);
        return !word.isEmpty() && wordsOf(fileName).contains(word);
    }
}
