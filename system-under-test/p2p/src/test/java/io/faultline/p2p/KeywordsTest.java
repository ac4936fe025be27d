package io.faultline.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    @DisplayName("a keyword matches a whole word of the file name, ignoring case")
    void wholeWordsIgnoringCase() {
        assertThat(Keywords.matches("Free_Bird.mp3", "bird")).isTrue();
        assertThat(Keywords.matches("Free_Bird.mp3", "BIRD")).isTrue();
        assertThat(Keywords.matches("Free_Bird.mp3", "mp3")).isTrue();
        assertThat(Keywords.matches("Free_Bird.mp3", "bir")).isFalse();
        assertThat(Keywords.matches("Blackbird.mp3", "bird")).isFalse();
        assertThat(Keywords.matches("Free_Bird.mp3", "free bird")).as("two words are no keyword").isFalse();
        assertThat(Keywords.matches("Free_Bird.mp3", "")).isFalse();
    }

    @Test
    @DisplayName("the keyword index answers what a scan with the rule would, and forgets removed entries")
    void indexAgreesWithTheRule() {
        KeywordIndex index = new KeywordIndex();
        index.add(new Hit("Free_Bird.mp3", "n2"));
        index.add(new Hit("bird-song.ogg", "n3"));
        index.add(new Hit("Blackbird.mp3", "n4"));
        assertThat(index.search("Bird")).containsExactly(new Hit("Free_Bird.mp3", "n2"), new Hit("bird-song.ogg", "n3"));
        index.remove(new Hit("Free_Bird.mp3", "n2"));
        assertThat(index.search("bird")).containsExactly(new Hit("bird-song.ogg", "n3"));
        assertThat(index.search("free")).isEmpty();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.keywords()).as("bird, song, ogg, blackbird, mp3").isEqualTo(5);
    }

    @Test
    @DisplayName("the content hash is SHA-256 in hex (FIPS 180-4's test vector for \"abc\")")
    void sha256OfAbc() {
        assertThat(ContentHash.of("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
