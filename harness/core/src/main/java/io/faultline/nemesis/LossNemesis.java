package io.faultline.nemesis;

import io.faultline.runtime.Cluster;
import java.util.random.RandomGenerator;

/**
 * Makes links flaky: each message on them is lost with a probability drawn per fault (Jepsen's {@code flaky!},
 * Toxiproxy's timeout and reset toxics), around one random node or across all of them. Healing returns every
 * link to its configured latency and loss ({@link io.faultline.runtime.Net#fast()}).
 */
public final class LossNemesis implements Nemesis {

    private static final double[] LOSS_PROBABILITIES = {0.1, 0.3, 0.5, 0.9};

    @Override
    public String name() {
        return "loss";
    }

    @Override
    public String description() {
        return "drops 10–90% of the messages on links around one node, or on all links";
    }

    @Override
    public String start(Cluster cluster, RandomGenerator random) {
        double loss = LOSS_PROBABILITIES[random.nextInt(LOSS_PROBABILITIES.length)];
        LinkChoice choice = LinkChoice.draw(cluster.nodes(), random);
        choice.links().forEach(link -> cluster.net().flaky(link, loss));
        return choice.description() + " lose " + Math.round(loss * 100) + "%";
    }

    @Override
    public String stop(Cluster cluster) {
        cluster.net().fast();
        return "links reliable again";
    }
}
