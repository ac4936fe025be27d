package io.faultline.workloads.generator;

/** The exhausted generator: Jepsen's {@code nil}. */
enum Nothing implements Generator {
    INSTANCE;

    @Override
    public Step next(GenContext ctx) {
        return Step.exhausted();
    }
}
