package io.faultline.histories.check.session;

import java.util.Map;

/**
 * What a session had done when it invoked a write: its latest write of each key and the floors of what it had
 * read of each key (both read-only snapshots). A session that later observes the write inherits these as
 * monotonic-writes and writes-follow-reads floors.
 */
record WriteContext(Session writer, Map<Object, Floor> latestWrites, Map<Object, Floors> reads) {
}
