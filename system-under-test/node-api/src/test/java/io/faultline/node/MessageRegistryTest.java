package io.faultline.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.node.client.Read;
import io.faultline.node.client.Write;
import org.junit.jupiter.api.Test;

class MessageRegistryTest {

    @Test
    void aTypeNameOrAClassCanBeClaimedOnce() {
        MessageRegistry registry = new MessageRegistry().register("read", Read.class).register("read", Read.class);
        assertThatThrownBy(() -> registry.register("read", Write.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.register("get", Read.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(registry.classOf("read")).contains(Read.class);
        assertThat(registry.typeOf(new Read("k"))).isEqualTo("read");
    }
}
