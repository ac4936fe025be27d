package io.faultline.experiment.chord;

import io.faultline.chord.ChordId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The ring as an oracle of the whole membership sees it: the names sorted by their SHA-1 identifiers (§4.1),
 * and for each the successor list, predecessor and finger table a converged ring gives it (§4.2, §5.2).
 */
final class OracleRing {

    private final String[] names;
    private final BigInteger[] ids;

    private OracleRing(String[] names, BigInteger[] ids) {
        this.names = names;
        this.ids = ids;
    }

    static OracleRing of(Collection<String> members) {
        record Member(String name, BigInteger id) { }
        List<Member> sorted = new ArrayList<>(members.stream().map(n -> new Member(n, ChordId.of(n))).toList());
        sorted.sort(Comparator.comparing(Member::id));
        return new OracleRing(sorted.stream().map(Member::name).toArray(String[]::new),
                sorted.stream().map(Member::id).toArray(BigInteger[]::new));
    }

    int size() {
        return names.length;
    }

    String name(int index) {
        return names[Math.floorMod(index, names.length)];
    }

    /** The index of successor(key): the first member whose identifier is at or after {@code key}, wrapping. */
    int ownerIndex(BigInteger key) {
        int found = Arrays.binarySearch(ids, key);
        int index = found >= 0 ? found : -found - 1;
        return index == ids.length ? 0 : index;
    }

    String owner(BigInteger key) {
        return names[ownerIndex(key)];
    }

    /** The next {@code r} members clockwise after member {@code index}, without repeating it. */
    List<String> successors(int index, int r) {
        List<String> list = new ArrayList<>();
        for (int step = 1; step <= Math.min(r, names.length - 1); step++) {
            list.add(name(index + step));
        }
        return list;
    }

    String predecessor(int index) {
        return name(index - 1);
    }

    /** Finger i = successor(n + 2^i) for i = 0 … m − 1 (Fig. 3); the member itself where that wraps to it. */
    List<String> fingerTable(int index) {
        List<String> fingers = new ArrayList<>(ChordId.BITS);
        BigInteger id = ids[index];
        for (int i = 0; i < ChordId.BITS; i++) {
            fingers.add(owner(ChordId.fingerStart(id, i)));
        }
        return fingers;
    }
}
