/**
 * Compares two folders of screenshots (the e2e tier's PNGs from two builds,
 * e.g. before and after a restyling) pixel by pixel:
 *
 *   npx tsx scripts/compare-screenshots.ts <before-dir> <after-dir> [--threshold 0.1]
 *
 * Prints one line per PNG that differs (pixels and share of the page), the
 * files only one side has, and writes a diff image of each difference to
 * `<after-dir>/diff/` for a person to look at. Exit 0 when every shared file
 * is identical, 1 when something differs.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

interface Difference {
  name: string;
  detail: string;
}

function pngs(dir: string): Set<string> {
  return new Set(readdirSync(dir).filter((name) => name.endsWith('.png')));
}

function compare(beforeFile: string, afterFile: string, diffFile: string, threshold: number): string | null {
  const before = PNG.sync.read(readFileSync(beforeFile));
  const after = PNG.sync.read(readFileSync(afterFile));
  if (before.width !== after.width || before.height !== after.height) {
    return `size ${before.width}×${before.height} → ${after.width}×${after.height}`;
  }
  const diff = new PNG({ width: before.width, height: before.height });
  const changed = pixelmatch(before.data, after.data, diff.data, before.width, before.height, { threshold });
  if (changed === 0) return null;
  writeFileSync(diffFile, PNG.sync.write(diff));
  const share = (100 * changed) / (before.width * before.height);
  return `${changed} pixels (${share.toFixed(3)} %)`;
}

function main(argv: string[]): number {
  const thresholdAt = argv.indexOf('--threshold');
  const threshold = thresholdAt >= 0 ? Number(argv[thresholdAt + 1]) : 0.1;
  const [beforeDir, afterDir] = argv.filter((arg, i) => !arg.startsWith('--') && (thresholdAt < 0 || i !== thresholdAt + 1));
  if (!beforeDir || !afterDir || !existsSync(beforeDir) || !existsSync(afterDir)) {
    console.error('Usage: tsx scripts/compare-screenshots.ts <before-dir> <after-dir> [--threshold 0.1]');
    return 2;
  }
  const diffDir = path.join(afterDir, 'diff');
  mkdirSync(diffDir, { recursive: true });
  const before = pngs(beforeDir);
  const after = pngs(afterDir);
  const differences: Difference[] = [];
  let same = 0;
  for (const name of [...before].sort()) {
    if (!after.has(name)) {
      differences.push({ name, detail: 'only before' });
      continue;
    }
    const detail = compare(path.join(beforeDir, name), path.join(afterDir, name), path.join(diffDir, name), threshold);
    if (detail) differences.push({ name, detail });
    else same += 1;
  }
  for (const name of [...after].sort()) if (!before.has(name)) differences.push({ name, detail: 'only after' });
  for (const { name, detail } of differences) console.log(`${name}: ${detail}`);
  console.log(`${same} identical, ${differences.length} different; diff images in ${diffDir}`);
  return differences.length === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
