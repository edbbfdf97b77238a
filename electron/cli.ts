import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkReadiness, type Finding } from '../shared/draft/readiness';
import { suggestFileName } from '../shared/draft/file-name';
import { CLI_TEXT } from '../shared/i18n/cli';
import { changeLines, conflictLine, describeChanges } from '../shared/draft/changes';
import { mergeDrafts } from '../shared/draft/merge';
import type { Draft } from '../shared/draft/schema';
import { draftFileText } from '../shared/draft/write-draft';
import { MERGE_TEXT } from '../shared/i18n/merge';
import { writeFileAtomic } from './services/atomic-file';
import { readDraftFile } from './services/draft-file';
import { writeDocx } from './services/docx-export';

/** Exit codes of the command line (see CLI_TEXT.usage). */
export const EXIT = { ok: 0, notReady: 1, conflicts: 1, differences: 1, unreadable: 2, writeFailed: 3, usage: 64 } as const;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const CONSOLE: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

/**
 * `samverka check <draft.json>`, `samverka export <draft.json> -o <file.docx>`,
 * `merge` and `diff` (see CLI_TEXT.usage),
 * with the same shared code and services as the app. Returns the exit code.
 */
export async function runCli(argv: string[], io: Output = CONSOLE): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        base: { type: 'string' },
        ours: { type: 'string' },
        theirs: { type: 'string' },
      },
    });
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
  if (command === 'merge') return runMerge(parsed.values, io);
  if (command === 'diff') return runDiff(parsed.positionals.slice(1), io);
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

/**
 * `merge --base <B> --ours <O> --theirs <T> -o <OUT>`: the three-way merge
 * of shared/draft/merge.ts, written through the draft writer. Nothing is
 * written when an input cannot be read.
 */
async function runMerge(options: { base?: string; ours?: string; theirs?: string; output?: string }, io: Output): Promise<number> {
  const { base, ours, theirs, output } = options;
  if (!base || !ours || !theirs || !output) {
    io.err(`${CLI_TEXT.mergeFiles}\n${CLI_TEXT.usage}`);
    return EXIT.usage;
  }
  const target = path.resolve(output);
  if ([base, ours, theirs].some((file) => path.resolve(file) === target)) {
    io.err(CLI_TEXT.sameFile);
    return EXIT.usage;
  }
  const drafts = await readDrafts([base, ours, theirs], io);
  if (!drafts) return EXIT.unreadable;
  const result = mergeDrafts(drafts[0], drafts[1], drafts[2]);
  const text = draftFileText(result.draft);
  if (!text.ok) {
    io.err(text.message);
    return EXIT.writeFailed;
  }
  try {
    await writeFileAtomic(target, text.text);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return EXIT.writeFailed;
  }
  if (result.needsNewRevision) {
    io.out(MERGE_TEXT.needsNewRevision);
    return EXIT.conflicts;
  }
  io.out(MERGE_TEXT.merged(result.applied.length));
  for (const line of changeLines(result.applied, drafts[1], result.draft)) io.out(`  ${line}`);
  if (result.conflicts.length > 0) io.out(MERGE_TEXT.conflicts(result.conflicts.length));
  for (const conflict of result.conflicts) io.out(`  ${conflictLine(conflict, result.draft)}`);
  io.out(CLI_TEXT.written(target));
  return result.conflicts.length > 0 ? EXIT.conflicts : EXIT.ok;
}

/** `diff <A> <B>`: what changed from A to B, one line per change. */
async function runDiff(files: string[], io: Output): Promise<number> {
  if (files.length !== 2) {
    io.err(`${CLI_TEXT.diffFiles}\n${CLI_TEXT.usage}`);
    return EXIT.usage;
  }
  const drafts = await readDrafts(files, io);
  if (!drafts) return EXIT.unreadable;
  const [from, to] = drafts;
  const changes = describeChanges(from, to);
  if (changes.length === 0) io.out(CLI_TEXT.noDifferences);
  for (const line of changeLines(changes, from, to)) io.out(line);
  return changes.length > 0 ? EXIT.differences : EXIT.ok;
}

/** The drafts of `files`, or null after saying which could not be read and why. */
async function readDrafts(files: string[], io: Output): Promise<Draft[] | null> {
  const drafts: Draft[] = [];
  for (const file of files) {
    const result = await readDraftFile(file);
    if (!result.ok) {
      io.err(`${CLI_TEXT.cannotRead(file)}\n${result.error.message}`);
      return null;
    }
    drafts.push(result.draft);
  }
  return drafts;
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
