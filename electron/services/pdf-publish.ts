import { deflateSync, inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  decodePDFRawStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import {
  appendixOutlines,
  documentOutline,
  documentProperties,
  outlineTexts,
  startsFocusArea,
  type DocumentContext,
  type OutlineBlock,
} from '../../shared/documents/document-outline';
import type { Draft } from '../../shared/draft/schema';

/**
 * Makes the PDF that Chromium prints from the document page (Electron's
 * printToPDF, the e2e host's page.pdf) fit for publishing under lag
 * (2018:1937), PDF/UA-1 being the target:
 *
 * - Chromium 156 tags the document's text, but leaves some painting outside
 *   any marked-content sequence: the running header and footer (aria-hidden),
 *   the list bullets (`::marker`), and backgrounds and borders drawn between
 *   two tagged sequences. PDF/UA wants every painting operator either tagged
 *   (in a sequence whose MCID the ParentTree lists) or an artifact, so each
 *   page's content stream is rewritten ({@link markArtifacts}): what is
 *   untagged is wrapped in `/Artifact BMC … EMC`; nothing else changes.
 * - Chromium's bookmarks drop the space where a heading wraps ("Gislaveds
 *   kommun" → "Gislavedskommun"); each bookmark gets its heading's own text
 *   ({@link retitleOutline}).
 * - The document says what it is: XMP metadata with `pdfuaid:part` 1, title,
 *   language, authors; the Info dictionary with Author, Subject, Keywords and
 *   Creator "Samverka"; the catalog's `/Lang`, `/MarkInfo` and
 *   `/ViewerPreferences /DisplayDocTitle`; the header says PDF 1.7, which
 *   PDF/UA-1 is built on.
 * - The structure tree stays as Chromium made it but for two repairs: a
 *   RoleMap for the types PDF 1.7 does not know (Chromium's `/Strong`), and
 *   an LBody around each list item's content ({@link wrapListBodies}).
 *
 * Pure: bytes in, bytes out, nothing read or written.
 */

/** What the published PDF says about itself, from the draft ({@link pdfPublishing}). */
export interface PdfPublishing {
  /** The document's title, as printed (Info Title, dc:title). */
  title: string;
  /** The parties, as they are named (Info Author joined, dc:creator one each). */
  authors: string[];
  /** What the document is, "Medborgarlöfte" (Info Subject, dc:description). */
  subject: string;
  /** Comma-separated keywords (Info Keywords, pdf:Keywords; dc:subject one each). */
  keywords: string;
  /** The application (Info Creator, xmp:CreatorTool). */
  creator: string;
  /** The document's language, "sv-SE" (the catalog's /Lang, dc:language). */
  language: string;
  /** The texts of the document's headings (h1–h6) in document order: what the bookmarks must say. */
  headings: string[];
  /**
   * Every text the document prints, in order (`outlineTexts`): where a
   * bookmark that none of `headings` matches finds its text, should the
   * document print a kind of heading that `headings` does not know yet.
   */
  texts?: string[];
}

/** The language of every Samverka document (as the document page's `lang` and the Word file's styles say). */
const DOCUMENT_LANGUAGE = 'sv-SE';

/**
 * What a draft's published PDF says about itself, from the same outline the
 * document page prints: the draft's own, then its appended bilagor's. Its
 * headings are the title (h1), every heading block, each activity group's
 * lead and the focus areas heading its activities, in print order.
 */
export function pdfPublishing(draft: Draft, context: DocumentContext = {}): PdfPublishing {
  const properties = documentProperties(draft);
  const outlines = [documentOutline(draft, context), ...appendixOutlines(draft, context)];
  return {
    title: properties.title,
    authors: draft.parties.map((party) => oneLine(party.name)).filter(Boolean),
    subject: properties.subject,
    keywords: properties.keywords,
    creator: properties.creator,
    language: DOCUMENT_LANGUAGE,
    headings: outlines.flat().flatMap(headingTexts),
    texts: outlines.flatMap(outlineTexts),
  };
}

/** The texts a block prints as headings, in order. */
function headingTexts(block: OutlineBlock): string[] {
  switch (block.type) {
    case 'title':
    case 'heading':
      return [block.text];
    case 'activityGroup':
      return [block.lead, ...block.items.flatMap((item, i) => (startsFocusArea(block.items, i) ? [item.focusArea!] : []))];
    default:
      return [];
  }
}

/** How the publishing went, for tests and logs. */
export interface PublishReport {
  /** Untagged runs of painting wrapped as artifacts, over all pages. */
  artifacts: number;
  /** LBody elements added around list items' content. */
  listBodies: number;
  /** Bookmarks whose title was set from a heading or a printed text (changed or not). */
  bookmarksMatched: number;
  /** Bookmarks that neither a heading nor a printed text matched: they keep Chromium's title. */
  bookmarksUnmatched: string[];
}

/**
 * Chromium's tagged PDF made publishable (see the module's comment).
 *
 * @param bytes a tagged PDF, as Chromium's print-to-PDF makes it
 * @returns the published PDF; the catalog and Info dictionary uncompressed, as before
 * @throws Error (in English, technical) when the PDF cannot be read or is not tagged
 */
export async function publishPdf(bytes: Uint8Array, meta: PdfPublishing): Promise<Uint8Array> {
  return (await publishPdfWithReport(bytes, meta)).bytes;
}

/** {@link publishPdf}, with what it did. */
export async function publishPdfWithReport(bytes: Uint8Array, meta: PdfPublishing): Promise<{ bytes: Uint8Array; report: PublishReport }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = doc;
  const structTreeRoot = lookupDict(context, catalog.get(N.StructTreeRoot));
  if (!structTreeRoot) throw new Error('the PDF is not tagged: its catalog has no StructTreeRoot');

  const artifacts = markPageArtifacts(doc, structTreeRoot);
  const bookmarks = retitleOutline(context, lookupDict(context, catalog.get(N.Outlines)), meta.headings, meta.texts);
  const listBodies = wrapListBodies(context, structTreeRoot);
  addRoleMap(context, structTreeRoot);

  // PDF/UA-1 is built on ISO 32000-1 (PDF 1.7); Chromium writes 1.4, whose features are all in 1.7.
  context.header = PDFHeader.forVersion(1, 7);
  catalog.set(N.Lang, PDFString.of(meta.language));
  const markInfo = lookupDict(context, catalog.get(N.MarkInfo)) ?? context.obj({});
  markInfo.set(N.Marked, PDFBool.True);
  catalog.set(N.MarkInfo, markInfo);
  const preferences = lookupDict(context, catalog.get(N.ViewerPreferences)) ?? context.obj({});
  preferences.set(N.DisplayDocTitle, PDFBool.True);
  catalog.set(N.ViewerPreferences, preferences);

  const info = infoDict(context);
  const producer = textOf(context, info.get(N.Producer)) || meta.creator;
  const created = pdfDate(textOf(context, info.get(N.CreationDate)));
  const modified = pdfDate(textOf(context, info.get(N.ModDate))) ?? created;
  info.set(N.Title, PDFHexString.fromText(meta.title));
  info.set(N.Author, PDFHexString.fromText(meta.authors.join(', ')));
  info.set(N.Subject, PDFHexString.fromText(meta.subject));
  info.set(N.Keywords, PDFHexString.fromText(meta.keywords));
  info.set(N.Creator, PDFHexString.fromText(meta.creator));
  info.set(N.Producer, PDFHexString.fromText(producer));

  const xmp = new TextEncoder().encode(xmpPacket({ ...meta, producer, created, modified }));
  // Uncompressed, as PDF/A asks and every reader expects of XMP.
  catalog.set(N.Metadata, context.register(context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));

  // Without object streams the catalog and Info stay plain text, where simple tools (and our tests) read /Lang.
  const out = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  return { bytes: out, report: { artifacts, listBodies, ...bookmarks } };
}

/** The names used, made once. */
const N = {
  StructTreeRoot: PDFName.of('StructTreeRoot'),
  ParentTree: PDFName.of('ParentTree'),
  StructParents: PDFName.of('StructParents'),
  Nums: PDFName.of('Nums'),
  Kids: PDFName.of('Kids'),
  Limits: PDFName.of('Limits'),
  Contents: PDFName.of('Contents'),
  Resources: PDFName.of('Resources'),
  Properties: PDFName.of('Properties'),
  MCID: PDFName.of('MCID'),
  Filter: PDFName.of('Filter'),
  DecodeParms: PDFName.of('DecodeParms'),
  FlateDecode: PDFName.of('FlateDecode'),
  Outlines: PDFName.of('Outlines'),
  First: PDFName.of('First'),
  Next: PDFName.of('Next'),
  Title: PDFName.of('Title'),
  K: PDFName.of('K'),
  S: PDFName.of('S'),
  P: PDFName.of('P'),
  Pg: PDFName.of('Pg'),
  LI: PDFName.of('LI'),
  Lbl: PDFName.of('Lbl'),
  LBody: PDFName.of('LBody'),
  RoleMap: PDFName.of('RoleMap'),
  Lang: PDFName.of('Lang'),
  MarkInfo: PDFName.of('MarkInfo'),
  Marked: PDFName.of('Marked'),
  ViewerPreferences: PDFName.of('ViewerPreferences'),
  DisplayDocTitle: PDFName.of('DisplayDocTitle'),
  Metadata: PDFName.of('Metadata'),
  Author: PDFName.of('Author'),
  Subject: PDFName.of('Subject'),
  Keywords: PDFName.of('Keywords'),
  Creator: PDFName.of('Creator'),
  Producer: PDFName.of('Producer'),
  CreationDate: PDFName.of('CreationDate'),
  ModDate: PDFName.of('ModDate'),
} as const;

// ---------------------------------------------------------------------------
// Pages: untagged painting wrapped as artifacts
// ---------------------------------------------------------------------------

/**
 * Rewrites each page's content (a `/Contents` array read as the one stream
 * the spec says it is) so that its untagged painting is an artifact. A page
 * whose content needs nothing keeps its stream as it was; a rewritten one is
 * Flate-compressed again.
 *
 * Form XObjects are not rewritten: a form's content belongs to the marked
 * content around the `Do` that paints it, and an untagged `Do` is wrapped
 * like any other painting. (Chromium 156 paints our pages without forms.)
 *
 * @returns how many artifact sequences were added
 */
function markPageArtifacts(doc: PDFDocument, structTreeRoot: PDFDict): number {
  const { context } = doc;
  const parentTree = lookupDict(context, structTreeRoot.get(N.ParentTree));
  const done = new Set<PDFObject>();
  let artifacts = 0;
  for (const page of doc.getPages()) {
    const node = page.node;
    const raw = node.get(N.Contents);
    if (!raw || done.has(raw)) continue;
    done.add(raw);
    const parts = contentParts(context, raw);
    if (parts.length === 0) continue;
    const content = parts.length === 1 ? decodeStream(parts[0].stream) : joinStreams(parts.map((part) => decodeStream(part.stream)));

    const key = lookupNumber(context, node.get(N.StructParents));
    const marks = key === undefined || !parentTree ? undefined : lookupArray(context, numberTreeGet(context, parentTree, key));
    const properties = lookupDict(context, lookupDict(context, node.Resources())?.get(N.Properties));
    const result = markArtifacts(content, {
      isTagged: (mcid) => marks !== undefined && mcid < marks.size() && isStructElement(context, marks.get(mcid)),
      namedMcid: (name) => lookupNumber(context, lookupDict(context, properties?.get(PDFName.of(name)))?.get(N.MCID)),
    });
    if (result.artifacts === 0) continue;
    artifacts += result.artifacts;
    const stream = context.stream(deflateSync(result.content), { Filter: 'FlateDecode' });
    const [first, ...rest] = parts;
    if (first.ref && !(raw instanceof PDFArray)) {
      context.assign(first.ref, stream);
    } else {
      node.set(N.Contents, context.register(stream));
      for (const part of [first, ...rest]) if (part.ref) context.delete(part.ref);
    }
  }
  return artifacts;
}

/** The streams of a page's `/Contents`: one stream, or an array of them. */
function contentParts(context: PDFContext, contents: PDFObject): { ref?: PDFRef; stream: PDFRawStream }[] {
  const one = (object: PDFObject | undefined) => {
    const stream = object instanceof PDFRef ? context.lookup(object) : object;
    if (!(stream instanceof PDFRawStream)) throw new Error('a page content stream could not be read');
    return { ref: object instanceof PDFRef ? object : undefined, stream };
  };
  const resolved = contents instanceof PDFRef ? context.lookup(contents) : contents;
  if (resolved instanceof PDFArray) return resolved.asArray().map(one);
  return [one(contents)];
}

/** Pages' content streams joined as the spec reads an array: one stream, a line break between parts. */
function joinStreams(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    out[at + part.length] = 0x0a;
    at += part.length + 1;
  }
  return out;
}

/** A stream's decoded bytes: Flate by zlib, other filters by pdf-lib; predictors are not expected in content. */
function decodeStream(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(N.Filter);
  if (!filter) return stream.getContents();
  if (filter === N.FlateDecode && !stream.dict.get(N.DecodeParms)) return new Uint8Array(inflateSync(stream.getContents()));
  return decodePDFRawStream(stream).decode();
}

/** What a content rewrite needs to know of the page. */
export interface MarkedContentScope {
  /** Whether an MCID of this stream belongs to the structure tree (the ParentTree lists an element for it). */
  isTagged(mcid: number): boolean;
  /** The MCID of a property list named in `BDC` (`/P /MC0 BDC`), from the resources' `/Properties`. */
  namedMcid?(name: string): number | undefined;
}

/**
 * Wraps the untagged painting of a content stream in `/Artifact BMC … EMC`.
 *
 * Painting is a path that is stroked or filled (not one only used to clip),
 * text shown (`Tj TJ ' "`), an XObject (`Do`), a shading (`sh`) or an inline
 * image (`BI … EI`). It is covered when some marked-content sequence around
 * it is an `/Artifact` or carries an MCID that `scope.isTagged`; anything
 * else is untagged and gets wrapped, in as few sequences as the rules allow:
 *
 * - a sequence starts before the graphics object (at a path's first
 *   construction operator, never inside a path object) and ends before the
 *   next marked-content operator of the stream, so tagged content is never
 *   inside an artifact, and sequences nest within the stream's own;
 * - sequences and text objects nest properly (ISO 32000-1, 14.6): a text
 *   object without marked content of its own is wrapped whole, from before
 *   `BT`; in one that has some, the artifact starts and ends inside it.
 *
 * Graphics state (`q`/`Q`) is not touched; marked content need not nest with
 * it, and Chromium's own sequences do not. The stream's bytes are kept as
 * they were, only the two operators being added between operations.
 *
 * @returns the new content, and how many sequences were added (0: unchanged)
 */
export function markArtifacts(content: Uint8Array, scope: MarkedContentScope): { content: Uint8Array; artifacts: number } {
  const ops = contentOperations(content);
  const paintsPath = pathPainting(ops);
  const textHasMarks = textObjectMarks(ops);

  const insertions: { at: number; text: string }[] = [];
  const stack: boolean[] = [];
  let coveredDepth = 0;
  let open: { inText: boolean } | null = null;
  let inText = false;
  let inPath = false;
  const openAt = (at: number, withinText: boolean) => {
    insertions.push({ at, text: '\n/Artifact BMC\n' });
    open = { inText: withinText };
  };
  const closeAt = (at: number) => {
    insertions.push({ at, text: '\nEMC\n' });
    open = null;
  };

  ops.forEach((op, i) => {
    const uncovered = coveredDepth === 0 && !open;
    switch (op.operator) {
      case 'BMC':
      case 'BDC': {
        if (open) closeAt(op.start);
        const covered = markCovers(op, scope);
        stack.push(covered);
        if (covered) coveredDepth++;
        return;
      }
      case 'EMC':
        if (open) closeAt(op.start);
        if (stack.pop()) coveredDepth--;
        return;
      case 'BT':
        if (open && !open.inText && textHasMarks[i]) closeAt(op.start);
        // A text object without marked content of its own is wrapped whole when it shows text.
        if (coveredDepth === 0 && !open && textHasMarks[i] === false && textShows(ops, i)) openAt(op.start, false);
        inText = true;
        return;
      case 'ET':
        if (open?.inText) closeAt(op.start);
        inText = false;
        return;
    }
    if (PATH_BUILD.has(op.operator)) {
      if (!inPath && paintsPath[i] && uncovered) openAt(op.start, inText);
      inPath = true;
    } else if (PATH_END.has(op.operator)) {
      inPath = false;
    } else if (TEXT_SHOW.has(op.operator) || OTHER_PAINT.has(op.operator)) {
      if (uncovered) openAt(op.start, inText);
    }
  });
  if (open) closeAt(content.length);
  return { content: insertions.length === 0 ? content : applyInsertions(content, insertions), artifacts: insertions.length / 2 };
}

const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PATH_END = new Set([...PATH_PAINT, 'n']);
const TEXT_SHOW = new Set(['Tj', 'TJ', "'", '"']);
/** Painting that is one operator: XObjects, shadings, inline images. */
const OTHER_PAINT = new Set(['Do', 'sh', 'BI']);
/** Every operator that paints, for a checker: a path's painting operator, text shown, and the rest. */
export const PAINTING_OPERATORS: ReadonlySet<string> = new Set([...PATH_PAINT, ...TEXT_SHOW, ...OTHER_PAINT]);

/** Whether a marked-content operator's sequence covers what is in it: an artifact, or tagged content. */
function markCovers(op: ContentOperation, scope: MarkedContentScope): boolean {
  const tag = op.operands[0];
  if (tag?.kind === 'name' && tag.value === 'Artifact') return true;
  if (op.operator !== 'BDC') return false;
  const mcid = mcidOf(op.operands, scope);
  return mcid !== undefined && scope.isTagged(mcid);
}

/** The MCID of a `BDC`'s property list: inline (`<< /MCID 3 >>`) or named in the resources. */
function mcidOf(operands: readonly ContentToken[], scope: MarkedContentScope): number | undefined {
  const properties = operands[1];
  if (properties?.kind === 'name') return scope.namedMcid?.(properties.value);
  let depth = 0;
  for (let i = 1; i < operands.length; i++) {
    const token = operands[i];
    if (token.kind === 'dictStart' || token.kind === 'arrayStart') depth++;
    else if (token.kind === 'dictEnd' || token.kind === 'arrayEnd') depth--;
    else if (depth === 1 && token.kind === 'name' && token.value === 'MCID') {
      const value = operands[i + 1];
      return value?.kind === 'number' ? Number(value.value) : undefined;
    }
  }
  return undefined;
}

/** For each path's first construction operator: whether the path is painted (not only used to clip, `n`). */
function pathPainting(ops: readonly ContentOperation[]): boolean[] {
  const paints: boolean[] = [];
  let start = -1;
  ops.forEach((op, i) => {
    if (PATH_BUILD.has(op.operator) && start < 0) start = i;
    else if (PATH_END.has(op.operator) && start >= 0) {
      paints[start] = op.operator !== 'n';
      start = -1;
    }
  });
  return paints;
}

/** For each `BT`: whether its text object holds marked-content operators. */
function textObjectMarks(ops: readonly ContentOperation[]): boolean[] {
  const marks: boolean[] = [];
  let bt = -1;
  ops.forEach((op, i) => {
    if (op.operator === 'BT') {
      bt = i;
      marks[i] = false;
    } else if (op.operator === 'ET') bt = -1;
    else if (bt >= 0 && (op.operator === 'BMC' || op.operator === 'BDC' || op.operator === 'EMC')) marks[bt] = true;
  });
  return marks;
}

/** Whether the text object that starts at `bt` shows any text. */
function textShows(ops: readonly ContentOperation[], bt: number): boolean {
  for (let i = bt + 1; i < ops.length && ops[i].operator !== 'ET'; i++) if (TEXT_SHOW.has(ops[i].operator)) return true;
  return false;
}

function applyInsertions(content: Uint8Array, insertions: readonly { at: number; text: string }[]): Uint8Array {
  const encoder = new TextEncoder();
  const added = insertions.map(({ text }) => encoder.encode(text));
  const out = new Uint8Array(content.length + added.reduce((sum, bytes) => sum + bytes.length, 0));
  let from = 0;
  let to = 0;
  insertions.forEach(({ at }, i) => {
    out.set(content.subarray(from, at), to);
    to += at - from;
    out.set(added[i], to);
    to += added[i].length;
    from = at;
  });
  out.set(content.subarray(from), to);
  return out;
}

// ---------------------------------------------------------------------------
// Content stream syntax
// ---------------------------------------------------------------------------

/** A token of a content stream: where it is, and for names, numbers and operators their text (a name without its "/", escapes decoded). */
export type ContentToken =
  | { kind: 'number' | 'name' | 'operator'; value: string; start: number; end: number }
  | { kind: 'string' | 'hexString' | 'arrayStart' | 'arrayEnd' | 'dictStart' | 'dictEnd' | 'brace'; start: number; end: number };

/**
 * One operation: its operator, its operands (an array's or dictionary's
 * tokens in order, delimiters included), and its bytes: from its first
 * operand to the end of its operator. An inline image is one operation `BI`
 * that ends after its `EI`, its dictionary being its operands.
 */
export interface ContentOperation {
  operator: string;
  operands: ContentToken[];
  start: number;
  end: number;
}

const isWhite = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
const isDelimiter = (byte: number) =>
  byte === 0x28 || byte === 0x29 || byte === 0x3c || byte === 0x3e || byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d || byte === 0x2f || byte === 0x25;
const latin1 = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/**
 * The operations of a content stream, read by the syntax of ISO 32000-1
 * (7.2, 7.8.2): literal strings with nested and escaped parentheses, hex
 * strings, names with `#xx` escapes, arrays, dictionaries, comments and
 * inline images (`BI … ID <bytes> EI`). Operands left over at the end (a
 * truncated stream) are ignored.
 *
 * @throws Error when a string, dictionary or inline image does not end
 */
export function contentOperations(content: Uint8Array): ContentOperation[] {
  const ops: ContentOperation[] = [];
  let operands: ContentToken[] = [];
  let pos = 0;

  const next = (): ContentToken | null => {
    for (;;) {
      while (pos < content.length && isWhite(content[pos])) pos++;
      if (pos >= content.length) return null;
      if (content[pos] !== 0x25) break;
      while (pos < content.length && content[pos] !== 0x0a && content[pos] !== 0x0d) pos++;
    }
    const start = pos;
    const byte = content[pos];
    switch (byte) {
      case 0x28: {
        // Literal string: parentheses balance unless escaped; a backslash escapes the next byte.
        let depth = 0;
        for (; pos < content.length; pos++) {
          const b = content[pos];
          if (b === 0x5c) pos++;
          else if (b === 0x28) depth++;
          else if (b === 0x29 && --depth === 0) return { kind: 'string', start, end: ++pos };
        }
        throw new Error(`a string at byte ${start} of a content stream does not end`);
      }
      case 0x3c:
        if (content[pos + 1] === 0x3c) return { kind: 'dictStart', start, end: (pos += 2) };
        pos = content.indexOf(0x3e, pos);
        if (pos < 0) throw new Error(`a hex string at byte ${start} of a content stream does not end`);
        return { kind: 'hexString', start, end: ++pos };
      case 0x3e:
        if (content[pos + 1] !== 0x3e) throw new Error(`an unexpected ">" at byte ${start} of a content stream`);
        return { kind: 'dictEnd', start, end: (pos += 2) };
      case 0x5b:
        return { kind: 'arrayStart', start, end: ++pos };
      case 0x5d:
        return { kind: 'arrayEnd', start, end: ++pos };
      case 0x7b:
      case 0x7d:
        return { kind: 'brace', start, end: ++pos };
      case 0x29:
        throw new Error(`an unexpected ")" at byte ${start} of a content stream`);
      case 0x2f: {
        pos++;
        while (pos < content.length && !isWhite(content[pos]) && !isDelimiter(content[pos])) pos++;
        const value = latin1(content, start + 1, pos).replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
        return { kind: 'name', value, start, end: pos };
      }
      default: {
        while (pos < content.length && !isWhite(content[pos]) && !isDelimiter(content[pos])) pos++;
        const value = latin1(content, start, pos);
        return { kind: /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? 'number' : 'operator', value, start, end: pos };
      }
    }
  };

  for (let token = next(); token; token = next()) {
    if (token.kind !== 'operator' || token.value === 'true' || token.value === 'false' || token.value === 'null') {
      operands.push(token);
      continue;
    }
    const start = operands[0]?.start ?? token.start;
    if (token.value === 'BI') {
      const dict: ContentToken[] = [];
      let id = next();
      while (id && !(id.kind === 'operator' && id.value === 'ID')) {
        dict.push(id);
        id = next();
      }
      if (!id) throw new Error(`an inline image at byte ${start} of a content stream has no ID`);
      pos = inlineImageEnd(content, id.end + 1, dict);
      ops.push({ operator: 'BI', operands: dict, start, end: pos });
    } else {
      ops.push({ operator: token.value, operands, start, end: token.end });
    }
    operands = [];
  }
  return ops;
}

/**
 * Where an inline image's data ends, after its `EI`: by its length when its
 * dictionary gives one (`/L`, PDF 2.0) or it is unfiltered and its size can be
 * computed, else at the first `EI` between white space.
 */
function inlineImageEnd(content: Uint8Array, dataStart: number, dict: readonly ContentToken[]): number {
  const entry = (...keys: string[]) => {
    for (let i = 0; i + 1 < dict.length; i++) {
      const key = dict[i];
      if (key.kind === 'name' && keys.includes(key.value)) {
        const value = dict[i + 1];
        return 'value' in value ? value.value : '';
      }
    }
    return undefined;
  };
  const endAfter = (at: number) => {
    let i = at;
    while (i < content.length && isWhite(content[i])) i++;
    return content[i] === 0x45 && content[i + 1] === 0x49 ? i + 2 : -1;
  };
  const length = Number(entry('L', 'Length'));
  if (Number.isInteger(length) && length >= 0 && endAfter(dataStart + length) > 0) return endAfter(dataStart + length);
  if (entry('F', 'Filter') === undefined) {
    const mask = entry('IM', 'ImageMask') === 'true';
    const components = mask ? 1 : ({ G: 1, DeviceGray: 1, RGB: 3, DeviceRGB: 3, CMYK: 4, DeviceCMYK: 4, I: 1, Indexed: 1 } as Record<string, number>)[entry('CS', 'ColorSpace') ?? ''];
    const bits = mask ? 1 : Number(entry('BPC', 'BitsPerComponent'));
    const width = Number(entry('W', 'Width'));
    const height = Number(entry('H', 'Height'));
    const size = Math.ceil((width * components * bits) / 8) * height;
    if (Number.isInteger(size) && size >= 0 && endAfter(dataStart + size) > 0) return endAfter(dataStart + size);
  }
  for (let i = dataStart; i + 1 < content.length; i++) {
    if (content[i] === 0x45 && content[i + 1] === 0x49 && (i === dataStart || isWhite(content[i - 1])) && (i + 2 === content.length || isWhite(content[i + 2]) || isDelimiter(content[i + 2]))) {
      return i + 2;
    }
  }
  throw new Error(`an inline image at byte ${dataStart} of a content stream has no EI`);
}

// ---------------------------------------------------------------------------
// Bookmarks
// ---------------------------------------------------------------------------

/**
 * Gives each bookmark its heading's own text. Chromium builds the outline
 * from the headings' laid-out lines and drops the space where a heading
 * wraps; the headings are known, in order. Each bookmark, in document order
 * (depth first), is matched to the next heading that has the same text once
 * white space is removed and case ignored, and takes that heading's text.
 * A bookmark that no heading matches (a renderer that prints a kind of
 * heading `headings` does not know) takes the first of `texts`, the
 * document's printed texts, that matches it; failing that it keeps
 * Chromium's title and is reported. The order and nesting of the bookmarks,
 * which Chromium takes from the heading levels, stay as they are, whatever
 * the levels.
 */
export function retitleOutline(
  context: PDFContext,
  outlines: PDFDict | undefined,
  headings: readonly string[],
  texts: readonly string[] = [],
): Pick<PublishReport, 'bookmarksMatched' | 'bookmarksUnmatched'> {
  const items: PDFDict[] = [];
  const seen = new Set<PDFDict>();
  const walk = (first: PDFObject | undefined) => {
    for (let item = lookupDict(context, first); item && !seen.has(item); item = lookupDict(context, item.get(N.Next))) {
      seen.add(item);
      items.push(item);
      walk(item.get(N.First));
    }
  };
  walk(outlines?.get(N.First));

  const key = (text: string) => text.replace(/[\s\u00ad]+/gu, '').toLocaleLowerCase('sv');
  const keys = headings.map(key);
  const textKeys = texts.map(key);
  let next = 0;
  let matched = 0;
  const unmatched: string[] = [];
  for (const item of items) {
    const title = textOf(context, item.get(N.Title));
    const wanted = key(title);
    const found = wanted ? keys.indexOf(wanted, next) : -1;
    if (found >= 0) next = found + 1;
    const text = found >= 0 ? headings[found] : wanted ? texts[textKeys.indexOf(wanted)] : undefined;
    if (text === undefined) {
      unmatched.push(title);
      continue;
    }
    item.set(N.Title, PDFHexString.fromText(oneLine(text)));
    matched++;
  }
  return { bookmarksMatched: matched, bookmarksUnmatched: unmatched };
}

// ---------------------------------------------------------------------------
// Structure types
// ---------------------------------------------------------------------------

/** The standard structure types of ISO 32000-1 (14.8.4), which PDF/UA-1 asks every other type to be role-mapped to. */
const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

/** The PDF 2.0 types Chromium may write, as PDF 1.7 knows them; any other unknown type is mapped to NonStruct. */
const PDF17_ROLE: Record<string, string> = { Strong: 'Span', Em: 'Span', Sub: 'Span', Title: 'P', FENote: 'Note', Aside: 'Div', DocumentFragment: 'Div' };

/** The structure elements under the StructTreeRoot, depth first, each with its reference when it is an indirect object. */
function structElements(context: PDFContext, structTreeRoot: PDFDict): { ref?: PDFRef; element: PDFDict }[] {
  const out: { ref?: PDFRef; element: PDFDict }[] = [];
  const seen = new Set<PDFObject>();
  const walk = (object: PDFObject | undefined) => {
    const resolved = object instanceof PDFRef ? context.lookup(object) : object;
    if (!resolved || seen.has(resolved)) return;
    seen.add(resolved);
    if (resolved instanceof PDFArray) return resolved.asArray().forEach(walk);
    // Marked-content and object references (/Type /MCR, /OBJR) have no /S; they end a branch.
    if (!(resolved instanceof PDFDict) || !(resolved.get(N.S) instanceof PDFName)) return;
    out.push({ ref: object instanceof PDFRef ? object : undefined, element: resolved });
    walk(resolved.get(N.K));
  };
  walk(structTreeRoot.get(N.K));
  return out;
}

/** Maps every structure type the tree uses that PDF 1.7 does not define (Chromium's `/Strong`) in the StructTreeRoot's RoleMap. */
function addRoleMap(context: PDFContext, structTreeRoot: PDFDict): void {
  const used = new Set(structElements(context, structTreeRoot).map(({ element }) => (element.get(N.S) as PDFName).decodeText()));
  const roleMap = lookupDict(context, structTreeRoot.get(N.RoleMap)) ?? context.obj({});
  let added = 0;
  for (const type of used) {
    if (STANDARD_TYPES.has(type) || roleMap.get(PDFName.of(type))) continue;
    roleMap.set(PDFName.of(type), PDFName.of(PDF17_ROLE[type] ?? 'NonStruct'));
    added++;
  }
  if (added > 0) structTreeRoot.set(N.RoleMap, roleMap);
}

/**
 * Puts the content of each list item in an LBody, as ISO 32000-1 (14.8.4.3.3)
 * wants a list item's children to be Lbl and LBody; Chromium makes the text
 * (a NonStruct, a Strong …) the LI's own children, its bullet being an
 * artifact. Only an LI whose children are all structure elements is
 * changed: each run of children other than Lbl and LBody becomes one new
 * LBody, in place, and their /P points to it. Content that is the LI's own
 * (an MCID, an object reference) would need the ParentTree changed too, so
 * such an LI is left as it is.
 *
 * @returns how many LBody elements were added
 */
function wrapListBodies(context: PDFContext, structTreeRoot: PDFDict): number {
  let added = 0;
  for (const { ref, element } of structElements(context, structTreeRoot)) {
    if (!ref || element.get(N.S) !== N.LI) continue;
    const k = element.get(N.K);
    const kids = lookupArray(context, k)?.asArray() ?? (k ? [k] : []);
    const childType = (kid: PDFObject) => (kid instanceof PDFRef ? lookupDict(context, kid)?.get(N.S) : undefined);
    if (kids.length === 0 || !kids.every((kid) => childType(kid) instanceof PDFName)) continue;
    if (kids.every((kid) => childType(kid) === N.Lbl || childType(kid) === N.LBody)) continue;
    const children: PDFObject[] = [];
    let body: PDFRef[] = [];
    const flush = () => {
      if (body.length === 0) return;
      const bodyRef = context.register(context.obj({ Type: 'StructElem', S: 'LBody', P: ref, K: body.length === 1 ? body[0] : body }));
      const page = element.get(N.Pg);
      if (page) lookupDict(context, bodyRef)!.set(N.Pg, page);
      for (const kid of body) lookupDict(context, kid)!.set(N.P, bodyRef);
      children.push(bodyRef);
      added++;
      body = [];
    };
    for (const kid of kids as PDFRef[]) {
      const type = childType(kid);
      if (type === N.Lbl || type === N.LBody) {
        flush();
        children.push(kid);
      } else {
        body.push(kid);
      }
    }
    flush();
    element.set(N.K, children.length === 1 ? children[0] : context.obj(children));
  }
  return added;
}

// ---------------------------------------------------------------------------
// XMP
// ---------------------------------------------------------------------------

/**
 * The document's XMP packet: Dublin Core title, creators, description,
 * subjects, language and format; the XMP and PDF schemas' tool, dates,
 * producer and keywords (matching the Info dictionary); and the PDF/UA
 * identification, `pdfuaid:part` 1.
 */
export function xmpPacket(meta: PdfPublishing & { producer: string; created?: string; modified?: string }): string {
  const lines = (items: readonly string[]) => items.map((item) => `<rdf:li>${xml(item)}</rdf:li>`).join('');
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(text)}</rdf:li></rdf:Alt>`;
  const keywords = meta.keywords.split(',').map((word) => word.trim()).filter(Boolean);
  const dates = [
    meta.created ? `   <xmp:CreateDate>${meta.created}</xmp:CreateDate>` : '',
    meta.modified ? `   <xmp:ModifyDate>${meta.modified}</xmp:ModifyDate>\n   <xmp:MetadataDate>${meta.modified}</xmp:MetadataDate>` : '',
  ].filter(Boolean);
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about=""',
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '    xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    '    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '   <dc:format>application/pdf</dc:format>',
    `   <dc:title>${alt(meta.title)}</dc:title>`,
    ...(meta.authors.length > 0 ? [`   <dc:creator><rdf:Seq>${lines(meta.authors)}</rdf:Seq></dc:creator>`] : []),
    `   <dc:description>${alt(meta.subject)}</dc:description>`,
    ...(keywords.length > 0 ? [`   <dc:subject><rdf:Bag>${lines(keywords)}</rdf:Bag></dc:subject>`] : []),
    `   <dc:language><rdf:Bag>${lines([meta.language])}</rdf:Bag></dc:language>`,
    `   <xmp:CreatorTool>${xml(meta.creator)}</xmp:CreatorTool>`,
    ...dates,
    `   <pdf:Producer>${xml(meta.producer)}</pdf:Producer>`,
    `   <pdf:Keywords>${xml(meta.keywords)}</pdf:Keywords>`,
    '   <pdfuaid:part>1</pdfuaid:part>',
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    // Room for an editor to change the packet in place, as XMP recommends.
    ...Array.from({ length: 20 }, () => ' '.repeat(99)),
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** Text as XML character data: markup escaped, characters XML forbids left out. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A PDF date (`D:20261201202706+00'00'`) as XMP writes dates (`2026-12-01T20:27:06+00:00`), or undefined. */
export function pdfDate(text: string): string | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/.exec(text.trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zulu, sign, zoneHours, zoneMinutes = '00'] = match;
  const zone = zulu ? 'Z' : sign ? `${sign}${zoneHours}:${zoneMinutes}` : '';
  return `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`;
}

// ---------------------------------------------------------------------------
// Objects
// ---------------------------------------------------------------------------

function lookupDict(context: PDFContext, object: PDFObject | undefined): PDFDict | undefined {
  const resolved = object instanceof PDFRef ? context.lookup(object) : object;
  return resolved instanceof PDFDict ? resolved : undefined;
}

function lookupArray(context: PDFContext, object: PDFObject | undefined): PDFArray | undefined {
  const resolved = object instanceof PDFRef ? context.lookup(object) : object;
  return resolved instanceof PDFArray ? resolved : undefined;
}

function lookupNumber(context: PDFContext, object: PDFObject | undefined): number | undefined {
  const resolved = object instanceof PDFRef ? context.lookup(object) : object;
  return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
}

/** A string object's text (PDFDocEncoding or UTF-16 with BOM), "" for anything else. */
function textOf(context: PDFContext, object: PDFObject | undefined): string {
  const resolved = object instanceof PDFRef ? context.lookup(object) : object;
  return resolved instanceof PDFString || resolved instanceof PDFHexString ? resolved.decodeText() : '';
}

/** Whether an entry of the ParentTree is a structure element (not null). */
function isStructElement(context: PDFContext, object: PDFObject | undefined): boolean {
  return lookupDict(context, object) !== undefined;
}

/** The value a number tree (ISO 32000-1, 7.9.7) holds for a key. */
export function numberTreeGet(context: PDFContext, node: PDFDict, key: number, depth = 0): PDFObject | undefined {
  if (depth > 32) return undefined;
  const nums = lookupArray(context, node.get(N.Nums));
  if (nums) {
    for (let i = 0; i + 1 < nums.size(); i += 2) if (lookupNumber(context, nums.get(i)) === key) return nums.get(i + 1);
  }
  const kids = lookupArray(context, node.get(N.Kids));
  for (const kid of kids?.asArray() ?? []) {
    const child = lookupDict(context, kid);
    const limits = lookupArray(context, child?.get(N.Limits));
    const [low, high] = [lookupNumber(context, limits?.get(0)), lookupNumber(context, limits?.get(1))];
    if (child && (low === undefined || high === undefined || (key >= low && key <= high))) {
      const found = numberTreeGet(context, child, key, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** The trailer's Info dictionary, made when there is none. */
function infoDict(context: PDFContext): PDFDict {
  const existing = lookupDict(context, context.trailerInfo.Info);
  if (existing) return existing;
  const info = context.obj({});
  context.trailerInfo.Info = context.register(info);
  return info;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
