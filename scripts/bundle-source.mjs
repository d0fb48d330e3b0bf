// Bundles a few lines of TypeScript re-exports of the project's modules (`contents`, resolved from `root`) into one
// CommonJS file for Node, for the scripts that run parts of src/ (training, calibration, measuring); returns
// `outfile`. The product's own bundles are made by esbuild.config.mjs.
import * as esbuild from 'esbuild';

export async function bundleSource(root, contents, outfile, plugins = []) {
  await esbuild.build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
    plugins,
  });
  return outfile;
}
