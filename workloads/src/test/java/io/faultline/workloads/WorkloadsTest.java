package io.faultline.workloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.faultline.workloads.kv.KvWorkload;
import io.faultline.workloads.register.RegisterWorkload;
import io.faultline.workloads.set.SetWorkload;
import org.junit.jupiter.api.Test;

class WorkloadsTest {

    @Test
    void findsEveryWorkloadByName() {
        assertThat(Workloads.names()).containsExactly("kv", "lookup", "register", "set");
        assertThat(Workloads.named("register")).isInstanceOf(RegisterWorkload.class);
        assertThat(Workloads.named("kv")).isInstanceOf(KvWorkload.class);
        assertThat(Workloads.named("set")).isInstanceOf(SetWorkload.class);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Workloads.named("bank"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown workload \"bank\"; known: kv, lookup, register, set");
    }

    @Test
    void aMisspeltOptionIsRejectedWithTheRealNames() {
        WorkloadOptions options = WorkloadOptions.defaults().with("zipf-exponnent", "2");
        assertThatThrownBy(() -> Workloads.named("kv").generator(options))
                .hasMessage("workload kv has no option zipf-exponnent; it has keys, read-fraction, zipf-exponent");
        assertThatThrownBy(() -> Workloads.named("register").generator(options))
                .hasMessageContaining("it has none");
    }

    @Test
    void badOptionValuesAreNamed() {
        assertThatThrownBy(() -> Workloads.named("kv").generator(WorkloadOptions.defaults().with("keys", "ten")))
                .hasMessage("option keys must be a whole number, not \"ten\"");
        assertThatThrownBy(() -> Workloads.named("kv").generator(WorkloadOptions.defaults().with("keys", "0")))
                .hasMessageContaining("keys must be between 1");
        assertThatThrownBy(() -> Workloads.named("set").generator(WorkloadOptions.defaults().with("read-fraction", "1")))
                .hasMessageContaining("read-fraction");
    }

    @Test
    void everyWorkloadHasAClientAModelAndCheckers() {
        for (Workload w : Workloads.all()) {
            WorkloadOptions options = WorkloadOptions.defaults();
            assertThat(w.description()).isNotBlank();
            assertThat(w.client(options)).isNotNull();
            assertThat(w.checkers(options)).isNotEmpty();
            assertThat(w.model(options).name()).isNotBlank();
        }
    }
}
