package io.faultline.p2p;

import java.util.Comparator;

/** One search result: {@code peer} said it holds {@code file}. A client fetches the file from that peer. */
public record Hit(String file, String peer) {

    /** By file, then by peer: the order hits are answered in, so that replies do not depend on hash order. */
    public static final Comparator<Hit> ORDER = Comparator.comparing(Hit::file).thenComparing(Hit::peer);
}
