package io.faultline.workloads.generator;

/** One op for any free target process, then nothing: Jepsen's op map used as a generator. */
record SingleOp(OpSpec spec) implements Generator {

    @Override
    public Step next(GenContext ctx) {
        return Ops.fill(ctx, spec, Nothing.INSTANCE);
    }
}
