package io.faultline.p2p.napster;

import io.faultline.node.Message;
import io.faultline.node.MessageRegistry;
import io.faultline.node.client.ClientRequest;
import io.faultline.p2p.Hit;
import java.util.List;

/**
 * Napster's messages: the client requests a peer serves, the peer ↔ index protocol (login with the file list,
 * heartbeats, adding and removing one file, a keyword query, logout), and the peer ↔ peer transfer.
 */
public final class NapsterMessages {

    private NapsterMessages() {
    }

    // ---------------------------------------------------------------- client ↔ peer

    /** Share {@code file} with these bytes: the peer stores it and tells the index. */
    public record Publish(String file, String content) implements ClientRequest {
    }

    public record PublishOk() implements Message {
    }

    /** Stop sharing {@code file}: the peer deletes it and tells the index. */
    public record Unpublish(String file) implements ClientRequest {
    }

    public record UnpublishOk() implements Message {
    }

    /** Which peers hold a file whose name contains {@code keyword}? The peer asks the index. */
    public record Search(String keyword) implements ClientRequest {
    }

    public record SearchOk(List<Hit> hits) implements Message {
    }

    /** Download {@code file} from {@code peer} (as a hit named it), directly, without the index. */
    public record Fetch(String file, String peer) implements ClientRequest {
    }

    /** The bytes as they arrived and the hash the holder sent with them ({@link io.faultline.p2p.ContentHash}). */
    public record FetchOk(String content, String hash) implements Message {
    }

    /** Sent to the index server: how much state it holds (the lecture: O(N)). */
    public record IndexState() implements ClientRequest {
    }

    public record IndexStateOk(int peers, int entries, int keywords) implements Message {
    }

    // ---------------------------------------------------------------- peer ↔ index

    /**
     * A peer (re)joins with its whole file list at this version of its folder; the index replaces whatever it held
     * for that peer, unless it already holds a newer version (this login was overtaken by a later change).
     */
    public record Login(List<String> files, long version) implements Message {
    }

    public record LoginOk() implements Message {
    }

    /** "I am still here." {@code known} is false when the index has no record of the peer (it restarted). */
    public record Heartbeat() implements Message {
    }

    public record HeartbeatOk(boolean known) implements Message {
    }

    /**
     * {@code file} is in the peer's folder from {@code version} on (each change is the next version). The index
     * ignores a change it already has a newer version than, and asks for a login when it finds it missed one.
     */
    public record AddFile(String file, long version) implements Message {
    }

    public record RemoveFile(String file, long version) implements Message {
    }

    /**
     * Acknowledges {@link AddFile} or {@link RemoveFile}. {@code known} is false when the index has no record of
     * the peer, or missed one of its changes: the peer then logs in again with its whole folder.
     */
    public record FileOk(boolean known) implements Message {
    }

    public record Query(String keyword) implements Message {
    }

    public record QueryHits(List<Hit> hits) implements Message {
    }

    public record Logout() implements Message {
    }

    public record LogoutOk() implements Message {
    }

    // ---------------------------------------------------------------- peer ↔ peer

    public record Get(String file) implements Message {
    }

    public record GetOk(String content, String hash) implements Message {
    }

    static MessageRegistry register(MessageRegistry registry) {
        return registry
                .register("publish", Publish.class)
                .register("publish_ok", PublishOk.class)
                .register("unpublish", Unpublish.class)
                .register("unpublish_ok", UnpublishOk.class)
                .register("search", Search.class)
                .register("search_ok", SearchOk.class)
                .register("fetch", Fetch.class)
                .register("fetch_ok", FetchOk.class)
                .register("index_state", IndexState.class)
                .register("index_state_ok", IndexStateOk.class)
                .register("napster_login", Login.class)
                .register("napster_login_ok", LoginOk.class)
                .register("napster_heartbeat", Heartbeat.class)
                .register("napster_heartbeat_ok", HeartbeatOk.class)
                .register("napster_add_file", AddFile.class)
                .register("napster_remove_file", RemoveFile.class)
                .register("napster_file_ok", FileOk.class)
                .register("napster_query", Query.class)
                .register("napster_query_hits", QueryHits.class)
                .register("napster_logout", Logout.class)
                .register("napster_logout_ok", LogoutOk.class)
                .register("napster_get", Get.class)
                .register("napster_get_ok", GetOk.class);
    }
}
