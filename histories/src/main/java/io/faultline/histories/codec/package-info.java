/**
 * History codecs: reading and writing {@link io.faultline.histories.Op}s in our JSONL format, in Jepsen's EDN,
 * and reading Porcupine's test logs. Start at {@link io.faultline.histories.codec.Histories}.
 *
 * <p>Contracts every codec keeps:
 * <ul>
 *   <li><b>Streaming.</b> An {@link io.faultline.histories.codec.OpReader} holds a bounded number of ops (one
 *       pending op, plus per-process state in the etcd reader), whatever the file's size or layout, including
 *       a single EDN vector spanning the whole file.</li>
 *   <li><b>One-line errors that point.</b> A problem in a file is a
 *       {@link io.faultline.histories.HistoryException} whose message is {@code source:line: problem} (EDN adds the
 *       column: {@code h.edn:12:7: expected a map, got 3}), with the source named as the caller gave it.</li>
 *   <li><b>Crash tolerance.</b> Writers put each op on one complete line; the JSONL reader drops a truncated
 *       last line (a writer killed mid-line) with a warning, and rejects a malformed line anywhere else.</li>
 *   <li><b>Bounded.</b> No input overflows the stack or makes a reader allocate without end: EDN nests at most
 *       1000 deep and one top-level EDN value spans at most 16 Mi characters, a JSONL or log line at most 16 Mi;
 *       past that, a one-line error. Any other exception from a reader is a bug: coverage-guided fuzz targets
 *       ({@code ReaderFuzzTest}, {@code RoundTripFuzzTest}) hold every reader to this contract.</li>
 *   <li><b>Round trips.</b> What our JSONL and EDN writers write, our readers read back to equal ops.</li>
 *   <li><b>Jackson only.</b> JSON goes through Jackson's streaming API; EDN is our own small reader and printer.</li>
 * </ul>
 */
package io.faultline.histories.codec;
