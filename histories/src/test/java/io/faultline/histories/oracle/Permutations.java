package io.faultline.histories.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Every order of a small list, tried one by one. */
final class Permutations {
    private Permutations() {
    }

    /** Whether some order of {@code items} satisfies {@code test}. */
    static <T> boolean any(List<T> items, Predicate<List<T>> test) {
        return extend(new ArrayList<>(), new ArrayList<>(items), test);
    }

    private static <T> boolean extend(List<T> prefix, List<T> rest, Predicate<List<T>> test) {
        if (rest.isEmpty()) {
            return test.test(prefix);
        }
        for (int i = 0; i < rest.size(); i++) {
            T next = rest.remove(i);
            prefix.add(next);
            boolean found = extend(prefix, rest, test);
            prefix.remove(prefix.size() - 1);
            rest.add(i, next);
            if (found) {
                return true;
            }
        }
        return false;
    }
}
