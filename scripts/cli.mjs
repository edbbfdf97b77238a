// `npm run cli -- …`: the command line (electron/cli.ts) as a bundle run by
// plain Node, built first when it is missing or older than its sources
// (scripts/cli-bundle.mjs). Same commands, output and exit codes as before.
import { buildCliBundle, cliBundleIsFresh, loadCliBundle } from './cli-bundle.mjs';

if (!cliBundleIsFresh()) await buildCliBundle();
const { runCli, saveCodeCache } = loadCliBundle();
process.exitCode = await runCli(process.argv.slice(2));
saveCodeCache();
