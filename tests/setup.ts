import fc from 'fast-check';

// CI sets FC_SEED so every property run is reproducible; a failure prints its seed and path.
const seed = process.env['FC_SEED'];
if (seed !== undefined && seed !== '') fc.configureGlobal({ seed: Number(seed) });
