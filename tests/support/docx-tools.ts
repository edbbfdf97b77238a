import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

/**
 * Other programs reading our .docx the way recipients do: LibreOffice converts
 * it (to PDF and text), Debian's python-docx parses it, poppler renders the PDF
 * for a person to look at. Shared by the interop and e2e tests; every function
 * takes a path to any .docx or .pdf.
 *
 * Each helper rejects with a message naming the missing program when a tool is
 * not installed, so a test that depends on it fails instead of passing vacuously.
 */

/** LibreOffice's launcher, from PATH. */
/** Where the interop tests write their documents and PNG renders, for a person to look at. */
export const INTEROP_OUT = path.resolve('test-results/interop');

export const SOFFICE = 'soffice';
/** Debian's Python, which has python-docx (the `python3` on PATH may be another one without it). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const SOFFICE_TIMEOUT_MS = 90_000;
const TOOL_TIMEOUT_MS = 30_000;

export type ConvertFormat = 'pdf' | 'txt' | 'docx' | 'odt';

/**
 * LibreOffice's filter per format; text as UTF-8, so å, ä and ö survive on
 * any locale; Word and OpenDocument as LibreOffice saves them (a .docx
 * converted to .docx must go to another folder).
 */
const FILTERS: Record<ConvertFormat, string> = {
  pdf: 'pdf',
  txt: 'txt:Text (encoded):UTF8',
  docx: 'docx:MS Word 2007 XML',
  odt: 'odt',
};

/**
 * Converts a document with LibreOffice (`soffice --headless --convert-to`),
 * each run with a fresh user profile so that parallel runs do not wait for or
 * corrupt each other's profile lock.
 *
 * @param docxPath the document to convert
 * @param format "pdf", "txt" (UTF-8 plain text), "docx" or "odt"
 * @param outDir where the result goes; the document's folder by default
 * @returns the path of the converted file (`<outDir>/<name>.<format>`)
 */
export async function convertWithLibreOffice(docxPath: string, format: ConvertFormat, outDir = path.dirname(docxPath)): Promise<string> {
  const [target] = await convertAllWithLibreOffice([docxPath], format, outDir);
  return target;
}

/**
 * Converts several documents in one LibreOffice run, which saves its start-up
 * time (a few seconds) per document. Same as {@link convertWithLibreOffice}
 * otherwise.
 *
 * @returns the converted files' paths, in the order of `docxPaths`
 */
export async function convertAllWithLibreOffice(docxPaths: string[], format: ConvertFormat, outDir: string): Promise<string[]> {
  const sources = docxPaths.map((file) => path.resolve(file));
  const targets = sources.map((source) => path.join(path.resolve(outDir), `${path.parse(source).name}.${format}`));
  await mkdir(outDir, { recursive: true });
  // A result left from an earlier run would hide a conversion that failed.
  await Promise.all(targets.map((target) => rm(target, { force: true })));
  const profile = await mkdtemp(path.join(os.tmpdir(), 'samverka-soffice-'));
  try {
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        FILTERS[format],
        '--outdir',
        path.resolve(outDir),
        ...sources,
      ],
      { timeout: SOFFICE_TIMEOUT_MS + sources.length * 10_000, what: 'LibreOffice (soffice)' },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const missing = targets.filter((target) => !existsSync(target));
  if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(', ')} (converting to ${format}).`);
  return targets;
}

/** What python-docx sees in a document. */
export interface DocxInspection {
  /** Body paragraphs in order, outside tables, with the name of their style ("Heading 1", "List Bullet" …). */
  paragraphs: { style: string; text: string }[];
  /** Every table in the body (nested ones flattened after their parent): rows of cell texts. */
  tables: string[][][];
  /** Text of the headers and footers of every section (fields show no value). */
  headersAndFooters: string[];
  /** Names of the paragraph styles defined in styles.xml. */
  styles: string[];
  coreProperties: { title: string; subject: string; author: string; keywords: string; description: string; language: string };
  sections: { pageWidthCm: number; pageHeightCm: number; orientation: string; marginsCm: { top: number; right: number; bottom: number; left: number } }[];
  /**
   * Every body paragraph in reading order, the paragraphs of table cells in
   * their place (row by row, cell by cell): the order a screen reader meets
   * the text in, signature blocks included.
   */
  flow: FlowParagraph[];
}

/** A body paragraph as python-docx reads it. */
export interface FlowParagraph {
  style: string;
  text: string;
  inTable: boolean;
  /** Whether the paragraph ends a section (carries its `w:sectPr`, as a paragraph after a table must). */
  sectionBreak: boolean;
  /** Its runs that have text: the text, the character style's name ("" for none) and the run's own bold (null when it does not set it). */
  runs: { text: string; style: string; bold: boolean | null }[];
}

const INSPECT_SCRIPT = String.raw`
import json, sys
import docx
import docx.enum.style
from docx.table import Table
from docx.text.paragraph import Paragraph

d = docx.Document(sys.argv[1])
tables = []
def walk_table(table):
    rows = []
    tables.append(rows)
    for row in table.rows:
        cells = []
        for cell in row.cells:
            cells.append("\n".join(p.text for p in cell.paragraphs))
            for inner in cell.tables:
                walk_table(inner)
        rows.append(cells)

flow = []
def walk_flow(parent, in_table):
    for block in parent.iterchildren():
        tag = block.tag.split('}')[-1]
        if tag == 'p':
            p = Paragraph(block, d)
            runs = [{"text": r.text, "style": r.style.name if r.element.rPr is not None and r.element.rPr.rStyle is not None else "",
                     "bold": r.bold} for r in p.runs if r.text]
            flow.append({"style": p.style.name if p.style is not None else "", "text": p.text, "inTable": in_table,
                         "sectionBreak": p._p.pPr is not None and p._p.pPr.sectPr is not None, "runs": runs})
        elif tag == 'tbl':
            t = Table(block, d)
            for row in t.rows:
                seen = set()
                for cell in row.cells:
                    # A merged cell appears once per grid column it spans; read it once.
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    walk_flow(cell._tc, True)
walk_flow(d.element.body, False)

paragraphs = []
for block in d.element.body.iterchildren():
    tag = block.tag.split('}')[-1]
    if tag == 'p':
        p = Paragraph(block, d)
        paragraphs.append({"style": p.style.name if p.style is not None else "", "text": p.text})
    elif tag == 'tbl':
        walk_table(Table(block, d))

hf = []
for s in d.sections:
    for part in (s.header, s.first_page_header, s.footer, s.first_page_footer):
        if part is not None and not part.is_linked_to_previous:
            hf.append("\n".join(p.text for p in part.paragraphs))

cp = d.core_properties
cm = lambda v: round(v.cm, 2) if v is not None else 0
print(json.dumps({
    "paragraphs": paragraphs,
    "tables": tables,
    "headersAndFooters": hf,
    "styles": [s.name for s in d.styles if s.type == docx.enum.style.WD_STYLE_TYPE.PARAGRAPH],
    "coreProperties": {"title": cp.title or "", "subject": cp.subject or "", "author": cp.author or "",
                        "keywords": cp.keywords or "", "description": cp.comments or "", "language": cp.language or ""},
    "sections": [{"pageWidthCm": cm(s.page_width), "pageHeightCm": cm(s.page_height),
                  "orientation": str(s.orientation),
                  "marginsCm": {"top": cm(s.top_margin), "right": cm(s.right_margin),
                                "bottom": cm(s.bottom_margin), "left": cm(s.left_margin)}} for s in d.sections],
    "flow": flow,
}, ensure_ascii=False))
`;

/**
 * Opens a document with python-docx (Debian's, under /usr/bin/python3) and
 * returns its paragraphs with their styles, its tables, headers and footers,
 * style names, core properties and page setup.
 */
export async function inspectWithPythonDocx(docxPath: string): Promise<DocxInspection> {
  const { stdout } = await run(SYSTEM_PYTHON, ['-c', INSPECT_SCRIPT, path.resolve(docxPath)], {
    timeout: TOOL_TIMEOUT_MS,
    what: 'python-docx (/usr/bin/python3 with python3-docx)',
  });
  return JSON.parse(stdout) as DocxInspection;
}

/**
 * All the text python-docx finds in a document: body paragraphs, then every
 * table cell, then headers and footers, one per line.
 */
export async function readWithPythonDocx(docxPath: string): Promise<string> {
  const doc = await inspectWithPythonDocx(docxPath);
  return [
    ...doc.paragraphs.map((p) => p.text),
    ...doc.tables.flatMap((rows) => rows.flatMap((cells) => cells)),
    ...doc.headersAndFooters,
  ].join('\n');
}

/**
 * The text of a PDF per page (poppler's pdftotext), in reading order, or with
 * `layout` as laid out on the page, so that text side by side stays on one line.
 *
 * @returns one string per page
 */
export async function readPdfPages(pdfPath: string, { layout = false }: { layout?: boolean } = {}): Promise<string[]> {
  const args = ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), path.resolve(pdfPath), '-'];
  const { stdout } = await run('pdftotext', args, { timeout: TOOL_TIMEOUT_MS, what: 'pdftotext (poppler-utils)' });
  const pages = stdout.split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/**
 * What poppler's `pdfinfo` says about a PDF, field by field ("Title",
 * "Tagged", "Pages", "Page size" …), values trimmed.
 */
export async function readPdfInfo(pdfPath: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path.resolve(pdfPath)], { timeout: TOOL_TIMEOUT_MS, what: 'pdfinfo (poppler-utils)' });
  const info: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) info[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return info;
}

/**
 * The document language a PDF declares in its catalog (`/Lang (sv-SE)`), or
 * null. pdfinfo does not show it; Chromium writes the catalog uncompressed, so
 * it is read from the file's bytes.
 */
export async function readPdfLanguage(pdfPath: string): Promise<string | null> {
  const text = (await readFile(path.resolve(pdfPath))).toString('latin1');
  return /\/Lang\s*\(([^)]*)\)/.exec(text)?.[1] ?? null;
}

/**
 * Renders each page of a PDF to a PNG at 60 dpi (`pdftoppm -png -r 60`), for a
 * person to look at. Earlier renders with the same prefix are removed first, so
 * a shorter document leaves no stale pages behind.
 *
 * @param outPrefix path and file-name prefix, e.g. `test-results/interop/soderhamn`
 * @returns the PNG paths in page order
 */
export async function renderPages(pdfPath: string, outPrefix: string, resolution = 60): Promise<string[]> {
  const dir = path.dirname(path.resolve(outPrefix));
  const base = path.basename(outPrefix);
  await mkdir(dir, { recursive: true });
  const isPage = (file: string) => file.startsWith(`${base}-`) && /^-\d+\.png$/.test(file.slice(base.length));
  for (const file of (await readdir(dir)).filter(isPage)) await rm(path.join(dir, file), { force: true });
  await run('pdftoppm', ['-png', '-r', String(resolution), path.resolve(pdfPath), path.resolve(outPrefix)], {
    timeout: TOOL_TIMEOUT_MS,
    what: 'pdftoppm (poppler-utils)',
  });
  const pageNumber = (file: string) => Number(file.slice(base.length + 1, -'.png'.length));
  return (await readdir(dir))
    .filter(isPage)
    .sort((a, b) => pageNumber(a) - pageNumber(b))
    .map((file) => path.join(dir, file));
}

/**
 * One part of a .docx (a zip), such as "word/document.xml", as text. Reads the
 * zip's central directory itself, so unit tests need neither an unzip program
 * nor a zip package.
 */
export function readDocxPart(docx: Uint8Array, partName: string): string {
  const data = Buffer.from(docx.buffer, docx.byteOffset, docx.byteLength);
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('Not a zip file: no end of central directory.');
  const count = data.readUInt16LE(end + 10);
  let entry = data.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(entry) !== 0x02014b50) throw new Error('Corrupt zip central directory.');
    const method = data.readUInt16LE(entry + 10);
    const compressedSize = data.readUInt32LE(entry + 20);
    const nameLength = data.readUInt16LE(entry + 28);
    const extraLength = data.readUInt16LE(entry + 30);
    const commentLength = data.readUInt16LE(entry + 32);
    const localHeader = data.readUInt32LE(entry + 42);
    const name = data.toString('utf8', entry + 46, entry + 46 + nameLength);
    if (name === partName) {
      const start = localHeader + 30 + data.readUInt16LE(localHeader + 26) + data.readUInt16LE(localHeader + 28);
      const raw = data.subarray(start, start + compressedSize);
      if (method === 0) return raw.toString('utf8');
      if (method === 8) return inflateRawSync(raw).toString('utf8');
      throw new Error(`Unsupported zip compression method ${method} for ${name}.`);
    }
    entry += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`The document has no part ${partName}.`);
}

/** The text of each paragraph (`w:p`) of a WordprocessingML part, tabs and breaks as "\t" and "\n", entities decoded. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)]
      .map(([, text, tag]) => (tag === 'tab' ? '\t' : tag === 'br' ? '\n' : decodeXml(text)))
      .join(''),
  );
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (entity, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[name]) return named[name];
    return String.fromCodePoint(name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

/** Collapses white space, so text that LibreOffice or pdftotext wrapped over lines can be searched for. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

function run(
  command: string,
  args: string[],
  { timeout, what }: { timeout: number; what: string },
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve({ stdout, stderr });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new Error(`${what} is not installed: ${command} was not found.`));
      if (error.killed) return reject(new Error(`${what} did not finish within ${timeout / 1000} s.`));
      reject(new Error(`${what} failed (${command} ${args.slice(0, 1).join(' ')} …): ${stderr || error.message}`));
    });
  });
}
