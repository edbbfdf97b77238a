// `npm run cli -- …`: the command line (electron/cli.ts) as a bundle run by
// plain Node, built first when it is missing or older than its sources
// (scripts/cli-bundle.mjs). Same commands, output and exit codes as before.
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { CLI_BUNDLE, COMPILE_CACHE, buildCliBundle, cliBundleIsFresh } from './cli-bundle.mjs';

if (!cliBundleIsFresh()) await buildCliBundle();
module.enableCompileCache?.(COMPILE_CACHE);
const { runCli } = await import(pathToFileURL(CLI_BUNDLE).href);
process.exitCode = await runCli(process.argv.slice(2));
