package io.faultline.p2p.napster;

import io.faultline.node.Storage;
import java.util.List;
import java.util.Optional;

/**
 * The files a peer shares, kept in its durable storage under {@code files/<name>}: a Napster user's shared
 * folder is on disk, so it survives a crash, and the peer lists it again when it logs in after the restart.
 * Every change is synced before the peer acknowledges it.
 */
record SharedFolder(Storage storage) {

    private static final String PREFIX = "files/";

    List<String> names() {
        return storage.keys(PREFIX).stream().map(key -> key.substring(PREFIX.length())).toList();
    }

    Optional<String> content(String file) {
        return storage.getString(PREFIX + file);
    }

    boolean holds(String file) {
        return storage.get(PREFIX + file).isPresent();
    }

    void put(String file, String content) {
        storage.putString(PREFIX + file, content);
        storage.sync();
    }

    void remove(String file) {
        storage.delete(PREFIX + file);
        storage.sync();
    }
}
