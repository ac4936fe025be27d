package io.faultline.p2p;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An inverted index from keyword to the {@link Hit}s whose file names contain it ({@link Keywords}): what a
 * Napster index server (or a KaZaA supernode) keeps so that a search is one lookup instead of a scan.
 */
public final class KeywordIndex {

    private final SortedMap<String, SortedSet<Hit>> hitsByWord = new TreeMap<>();
    private final SortedSet<Hit> entries = new TreeSet<>(Hit.ORDER);

    public void add(Hit hit) {
        if (entries.add(hit)) {
            for (String word : Keywords.wordsOf(hit.file())) {
                hitsByWord.computeIfAbsent(word, w -> new TreeSet<>(Hit.ORDER)).add(hit);
            }
        }
    }

    public void remove(Hit hit) {
        if (entries.remove(hit)) {
            for (String word : Keywords.wordsOf(hit.file())) {
                SortedSet<Hit> hits = hitsByWord.get(word);
                hits.remove(hit);
                if (hits.isEmpty()) {
                    hitsByWord.remove(word);
                }
            }
        }
    }

    /** The hits for {@code keyword}, in {@link Hit#ORDER}; none for a keyword that is not a single word. */
    public List<Hit> search(String keyword) {
        return List.copyOf(hitsByWord.getOrDefault(Keywords.normalize(keyword), new TreeSet<>(Hit.ORDER)));
    }

    /** How many (file, peer) entries the index holds. */
    public int size() {
        return entries.size();
    }

    /** How many distinct keywords the index holds. */
    public int keywords() {
        return hitsByWord.size();
    }
}
