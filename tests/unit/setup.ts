import fc from 'fast-check';

// Property tests run from a fixed seed so that a CI run is reproducible;
// FC_SEED=<n> (or FC_SEED=random) explores other parts of the input space.
const requested = process.env.FC_SEED;
const seed = requested === 'random' ? Date.now() : Number(requested ?? 20261128);
fc.configureGlobal({ seed });
