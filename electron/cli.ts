import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkReadiness, type Finding } from '../shared/draft/readiness';
import { suggestFileName } from '../shared/draft/file-name';
import { CLI_TEXT } from '../shared/i18n/cli';
import { readDraftFile } from './services/draft-file';
import { writeDocx } from './services/docx-export';

/** Exit codes of the command line (see CLI_TEXT.usage). */
export const EXIT = { ok: 0, notReady: 1, unreadable: 2, writeFailed: 3, usage: 64 } as const;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * `samverka check <draft.json>` and `samverka export <draft.json> -o <file.docx>`,
 * with the same shared code and services as the app. Returns the exit code.
 */
export async function runCli(argv: string[], io: Output = CONSOLE): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    io.err(CLI_TEXT.usage);
    return EXIT.usage;
  }
  const [command, file] = parsed.positionals;
  if (parsed.values.help || !command) {
    io.out(CLI_TEXT.usage);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  if (command !== 'check' && command !== 'export') {
    io.err(`${CLI_TEXT.unknownCommand(command)}\n${CLI_TEXT.usage}`);
    return EXIT.usage;
  }
  if (!file) {
    io.err(`${CLI_TEXT.missingFile}\n${CLI_TEXT.usage}`);
    return EXIT.usage;
  }

  const result = await readDraftFile(file);
  if (!result.ok) {
    io.err(`${CLI_TEXT.cannotRead(file)}\n${result.error.message}`);
    return EXIT.unreadable;
  }
  const findings = checkReadiness(result.draft);
  const errors = findings.filter((f) => f.severity === 'error');

  if (command === 'check') {
    printFindings(findings, io);
    return errors.length > 0 ? EXIT.notReady : EXIT.ok;
  }

  const target = path.resolve(parsed.values.output ?? path.join(path.dirname(file), suggestFileName(result.draft, 'docx')));
  if (target === path.resolve(file)) {
    io.err(CLI_TEXT.sameFile);
    return EXIT.usage;
  }
  try {
    await writeDocx(result.draft, target);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return EXIT.writeFailed;
  }
  io.out(CLI_TEXT.exported(target));
  if (errors.length > 0) io.out(CLI_TEXT.exportNotReady(errors.length));
  return EXIT.ok;
}

function printFindings(findings: Finding[], io: Output): void {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  io.out(errors.length === 0 ? CLI_TEXT.ready : CLI_TEXT.notReady(errors.length));
  for (const finding of errors) io.out(CLI_TEXT.errorLine(finding.message));
  if (warnings.length > 0) io.out(CLI_TEXT.warnings(warnings.length));
  for (const finding of warnings) io.out(CLI_TEXT.warningLine(finding.message));
}

// Run when started as a program (`tsx electron/cli.ts`), not when imported. `npm run cli` runs the bundle of
// this file through scripts/cli.mjs, which calls runCli itself.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
