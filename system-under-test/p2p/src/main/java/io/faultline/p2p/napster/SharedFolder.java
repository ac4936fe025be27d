package io.faultline.p2p.napster;

import io.faultline.node.Storage;
import java.util.List;
import java.util.Optional;

/**
 * The files a peer shares, kept in its durable storage under {@code files/<name>}: a Napster user's shared
 * folder is on disk, so it survives a crash, and the peer lists it again when it logs in after the restart.
 * Every change is synced before the peer acknowledges it, together with the folder's version: a counter of
 * changes, which the index uses to ignore a change or a login that arrives after a newer one.
 */
record SharedFolder(Storage storage) {

    private static final String PREFIX = "files/";
    private static final String VERSION = "folder-version";

    List<String> names() {
        return storage.keys(PREFIX).stream().map(key -> key.substring(PREFIX.length())).toList();
    }

    Optional<String> content(String file) {
        return storage.getString(PREFIX + file);
    }

    boolean holds(String file) {
        return storage.get(PREFIX + file).isPresent();
    }

    long version() {
        return storage.getString(VERSION).map(Long::parseLong).orElse(0L);
    }

    /** @return the folder's version with the file in it */
    long put(String file, String content) {
        storage.putString(PREFIX + file, content);
        return bumpVersionAndSync();
    }

    /** @return the folder's version without the file */
    long remove(String file) {
        storage.delete(PREFIX + file);
        return bumpVersionAndSync();
    }

    private long bumpVersionAndSync() {
        long next = version() + 1;
        storage.putString(VERSION, Long.toString(next));
        storage.sync();
        return next;
    }
}
