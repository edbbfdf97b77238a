// `npm start`: runs the app with Electron Forge. Where Electron's binary
// cannot be fetched (it is downloaded at first start, Electron >= 42), the
// run ends with a plain explanation instead of a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const forge = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-forge.cmd' : 'electron-forge');

function electronBinaryPresent() {
  const dir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  return existsSync(pathFile) && existsSync(path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

const child = spawn(forge, ['start', ...process.argv.slice(2)], { cwd: root, stdio: ['inherit', 'inherit', 'pipe'], shell: process.platform === 'win32' });
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += chunk;
  // While Electron is there, its errors are the user's to see as they come.
  if (electronBinaryPresent()) process.stderr.write(chunk);
});
child.on('exit', (code, signal) => {
  if (code === 0 || signal === 'SIGINT' || signal === 'SIGTERM') process.exit(code ?? 0);
  const reason = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => !l.startsWith('at '))
    .find((l) => /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|failed to install/i.test(l));
  if (!electronBinaryPresent() && reason) {
    console.error(
      '\nSamverka kunde inte starta: Electrons programfil finns inte på den här datorn och kunde inte hämtas' +
        ` (${reason.slice(0, 160)})` +
        '. Electron hämtar sin programfil första gången appen startas, och den här datorn når inte nätet där den ligger. ' +
        'Appens kod byggdes utan fel; starta den på en dator med nätåtkomst (eller lägg Electron i node_modules/electron/dist), ' +
        'eller kör gränssnittet i en webbläsare med `npm run dev:browser`. Testerna (`npm test`) behöver inte Electron.\n' +
        '(Samverka could not start: the Electron binary is missing and could not be downloaded here; run `npm run dev:browser` to use the UI in a browser.)',
    );
    process.exit(1);
  }
  process.stderr.write(stderr);
  process.exit(code ?? 1);
});
