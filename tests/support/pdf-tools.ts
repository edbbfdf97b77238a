import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, decodePDFRawStream } from 'pdf-lib';
import type { PDFContext, PDFObject } from 'pdf-lib';

/**
 * Reading a PDF the way an accessibility checker (PAC, veraPDF) reads the
 * parts we promise: every page's content stream against the structure tree,
 * the bookmarks, the catalog and the XMP metadata. pdf-lib reads the objects;
 * the content streams are read by a tokenizer of its own here, not the one in
 * electron/services/pdf-publish.ts, so the checker does not share that
 * code's mistakes. Also a tiny tagged PDF made by hand, for unit tests.
 */

const PATH_BUILD = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const PAINTING = new Set([...PATH_PAINT, 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI']);

/** A painting operator outside both tagged content and artifacts. */
export interface UntaggedPainting {
  page: number;
  /** The form XObject it is in (its resource name, with the names of the forms around it), or "" on the page itself. */
  form: string;
  operator: string;
  /** The byte offset of the operator in the decoded stream. */
  offset: number;
  /** The marked-content sequences around it, outermost first ("/NonStruct MCID 7 (not in the ParentTree)"). */
  marks: string[];
}

export interface ContentCheck {
  /** Painting operators seen, on pages and in forms. */
  painting: number;
  /** Of those, inside a marked-content sequence whose MCID the ParentTree lists. */
  tagged: number;
  /** Of those, inside an /Artifact sequence (and not tagged). */
  artifacts: number;
  untagged: UntaggedPainting[];
  /**
   * Broken rules of ISO 32000-1 (14.6) and PDF/UA-1 (Matterhorn 01-003/01-004): marked content
   * interleaved with a text object or inside a path object, unbalanced EMC, artifacts inside
   * tagged content and tagged content inside artifacts.
   */
  problems: string[];
}

/**
 * Walks every page's content (and every form XObject it paints, in the
 * marked content of its `Do`) and sorts every painting operator into tagged
 * (an MCID the page's ParentTree entry lists), artifact, or untagged.
 */
export async function checkContentTagging(bytes: Uint8Array): Promise<ContentCheck> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  const root = dictOf(context, doc.catalog.get(PDFName.of('StructTreeRoot')));
  const parentTree = dictOf(context, root?.get(PDFName.of('ParentTree')));
  const result: ContentCheck = { painting: 0, tagged: 0, artifacts: 0, untagged: [], problems: [] };

  const referenced = (structParents: PDFObject | undefined): Set<number> => {
    const key = numberOf(context, structParents);
    const entry = key === undefined || !parentTree ? undefined : arrayOf(context, numberTreeValue(context, parentTree, key));
    const mcids = new Set<number>();
    entry?.asArray().forEach((element, mcid) => {
      if (dictOf(context, element)) mcids.add(mcid);
    });
    return mcids;
  };

  interface Mark {
    label: string;
    tagged: boolean;
    artifact: boolean;
  }

  const walk = (content: Uint8Array, resources: PDFDict | undefined, mcids: Set<number>, outer: readonly Mark[], page: number, form: string, depth: number) => {
    const ops = operations(content);
    const stack: Mark[] = [...outer];
    let textDepth = -1;
    let inPath = false;
    for (const op of ops) {
      const where = `page ${page}${form ? ` form ${form}` : ''} at byte ${op.offset}`;
      if (op.operator === 'BMC' || op.operator === 'BDC') {
        if (inPath) result.problems.push(`${op.operator} inside a path object, ${where}`);
        const tag = op.operands[0]?.replace(/^\//, '') ?? '?';
        const mcid = op.operator === 'BDC' ? mcidOf(op.operands, resources, context) : undefined;
        const tagged = mcid !== undefined && mcids.has(mcid);
        const artifact = tag === 'Artifact';
        if (artifact && stack.some((mark) => mark.tagged)) result.problems.push(`an artifact inside tagged content, ${where}`);
        if (tagged && stack.some((mark) => mark.artifact)) result.problems.push(`tagged content inside an artifact, ${where}`);
        stack.push({ label: `/${tag}${mcid === undefined ? '' : ` MCID ${mcid}${tagged ? '' : ' (not in the ParentTree)'}`}`, tagged, artifact });
      } else if (op.operator === 'EMC') {
        if (inPath) result.problems.push(`EMC inside a path object, ${where}`);
        if (stack.length <= outer.length) result.problems.push(`EMC without BMC/BDC, ${where}`);
        else stack.pop();
        if (textDepth >= 0 && stack.length < textDepth) result.problems.push(`a marked-content sequence that started before BT ends inside the text object, ${where}`);
      } else if (op.operator === 'BT') {
        textDepth = stack.length;
      } else if (op.operator === 'ET') {
        if (stack.length !== textDepth) result.problems.push(`a marked-content sequence begun in a text object is open at ET, ${where}`);
        textDepth = -1;
      }
      if (PATH_BUILD.has(op.operator)) inPath = true;
      if (PATH_PAINT.has(op.operator) || op.operator === 'n') inPath = false;
      if (!PAINTING.has(op.operator)) continue;

      result.painting++;
      if (stack.some((mark) => mark.tagged)) result.tagged++;
      else if (stack.some((mark) => mark.artifact)) result.artifacts++;
      else result.untagged.push({ page, form, operator: op.operator, offset: op.offset, marks: stack.map((mark) => mark.label) });

      if (op.operator === 'Do' && depth < 8) {
        const name = op.operands[0]?.replace(/^\//, '') ?? '';
        const xobjects = dictOf(context, resources?.get(PDFName.of('XObject')));
        const xobject = context.lookup(xobjects?.get(PDFName.of(name)));
        if (xobject instanceof PDFRawStream && xobject.dict.get(PDFName.of('Subtype')) === PDFName.of('Form')) {
          result.painting--;
          if (stack.some((mark) => mark.tagged)) result.tagged--;
          else if (stack.some((mark) => mark.artifact)) result.artifacts--;
          else result.untagged.pop();
          const own = xobject.dict.get(PDFName.of('StructParents'));
          const formResources = dictOf(context, xobject.dict.get(PDFName.of('Resources'))) ?? resources;
          walk(decode(xobject), formResources, own ? referenced(own) : mcids, stack, page, form ? `${form} > ${name}` : name, depth + 1);
        }
      }
    }
    if (stack.length !== outer.length) result.problems.push(`${stack.length - outer.length} marked-content sequence(s) not closed, page ${page}${form ? ` form ${form}` : ''}`);
  };

  doc.getPages().forEach((page, i) => {
    const contents = context.lookup(page.node.get(PDFName.of('Contents')));
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => context.lookup(ref)) : [contents];
    const parts = streams.map((stream) => {
      if (!(stream instanceof PDFRawStream)) throw new Error(`page ${i + 1} has a content that is not a stream`);
      return Buffer.from(decode(stream));
    });
    const content = Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
    walk(content, dictOf(context, page.node.Resources()), referenced(page.node.get(PDFName.of('StructParents'))), [], i + 1, '', 0);
  });
  return result;
}

/** A content stream's operations, each with its operands' source text and the operator's offset. */
function operations(content: Uint8Array): { operator: string; operands: string[]; offset: number }[] {
  const text = Buffer.from(content).toString('latin1');
  const ops: { operator: string; operands: string[]; offset: number }[] = [];
  let operands: string[] = [];
  let i = 0;
  const white = /[\0\t\n\f\r ]/;
  const regular = /[^\0\t\n\f\r ()<>[\]{}/%]/;
  while (i < text.length) {
    const c = text[i];
    if (white.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '(') {
      const start = i;
      let depth = 0;
      for (; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '(') depth++;
        else if (text[i] === ')' && --depth === 0) break;
      }
      if (i >= text.length) throw new Error(`unterminated string at ${start}`);
      operands.push(text.slice(start, ++i));
    } else if (text.startsWith('<<', i) || text.startsWith('>>', i)) {
      operands.push(text.slice(i, i + 2));
      i += 2;
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      if (end < 0) throw new Error(`unterminated hex string at ${i}`);
      operands.push(text.slice(i, end + 1));
      i = end + 1;
    } else if ('[]{}'.includes(c)) {
      operands.push(c);
      i++;
    } else if (c === '/') {
      const start = i++;
      while (i < text.length && regular.test(text[i])) i++;
      operands.push(text.slice(start, i));
    } else if (regular.test(c)) {
      const start = i;
      while (i < text.length && regular.test(text[i])) i++;
      const word = text.slice(start, i);
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') {
        operands.push(word);
        continue;
      }
      if (word === 'BI') {
        const id = text.indexOf('ID', i);
        const end = /\sEI(?=[\s\0]|$)/g;
        end.lastIndex = id + 3;
        const found = id < 0 ? null : end.exec(text);
        if (!found) throw new Error(`inline image without ID/EI at ${start}`);
        ops.push({ operator: 'BI', operands: [], offset: start });
        i = found.index + found[0].length;
      } else {
        ops.push({ operator: word, operands, offset: start });
      }
      operands = [];
    } else {
      throw new Error(`unexpected "${c}" at ${i}`);
    }
  }
  return ops;
}

/** The MCID of a BDC's properties, inline or named in the resources' /Properties. */
function mcidOf(operands: readonly string[], resources: PDFDict | undefined, context: PDFContext): number | undefined {
  if (operands[1]?.startsWith('/')) {
    const properties = dictOf(context, resources?.get(PDFName.of('Properties')));
    return numberOf(context, dictOf(context, properties?.get(PDFName.of(operands[1].slice(1))))?.get(PDFName.of('MCID')));
  }
  const at = operands.indexOf('/MCID');
  return at >= 0 ? Number(operands[at + 1]) : undefined;
}

/** A stream's decoded bytes. */
function decode(stream: PDFRawStream): Uint8Array {
  const filter = stream.dict.get(PDFName.of('Filter'));
  if (filter === PDFName.of('FlateDecode')) return inflateSync(stream.getContents());
  return filter ? decodePDFRawStream(stream).decode() : stream.getContents();
}

function numberTreeValue(context: PDFContext, node: PDFDict, key: number): PDFObject | undefined {
  const nums = arrayOf(context, node.get(PDFName.of('Nums')))?.asArray() ?? [];
  for (let i = 0; i + 1 < nums.length; i += 2) if (numberOf(context, nums[i]) === key) return nums[i + 1];
  for (const kid of arrayOf(context, node.get(PDFName.of('Kids')))?.asArray() ?? []) {
    const child = dictOf(context, kid);
    const found = child && numberTreeValue(context, child, key);
    if (found) return found;
  }
  return undefined;
}

const resolve = (context: PDFContext, object: PDFObject | undefined) => (object instanceof PDFRef ? context.lookup(object) : object);
const dictOf = (context: PDFContext, object: PDFObject | undefined) => {
  const resolved = resolve(context, object);
  return resolved instanceof PDFDict ? resolved : undefined;
};
const arrayOf = (context: PDFContext, object: PDFObject | undefined) => {
  const resolved = resolve(context, object);
  return resolved instanceof PDFArray ? resolved : undefined;
};
const numberOf = (context: PDFContext, object: PDFObject | undefined) => {
  const resolved = resolve(context, object);
  return resolved instanceof PDFNumber ? resolved.asNumber() : undefined;
};
const textOf = (context: PDFContext, object: PDFObject | undefined) => {
  const resolved = resolve(context, object);
  return resolved instanceof PDFString || resolved instanceof PDFHexString ? resolved.decodeText() : undefined;
};

/** A bookmark: its title and depth (1 for the outline's top level), in document order. */
export interface Bookmark {
  title: string;
  level: number;
}

/** The PDF's bookmarks (the /Outlines tree), depth first. */
export async function readBookmarks(bytes: Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  const out: Bookmark[] = [];
  const walk = (first: PDFObject | undefined, level: number) => {
    for (let item = dictOf(context, first); item; item = dictOf(context, item.get(PDFName.of('Next')))) {
      out.push({ title: textOf(context, item.get(PDFName.of('Title'))) ?? '', level });
      walk(item.get(PDFName.of('First')), level + 1);
    }
  };
  walk(dictOf(context, doc.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')), 1);
  return out;
}

/** What the catalog says for accessibility. */
export interface CatalogFacts {
  lang: string | undefined;
  marked: boolean;
  displayDocTitle: boolean;
  structTreeRoot: boolean;
  /** The StructTreeRoot's RoleMap, type → standard type. */
  roleMap: Record<string, string>;
  /** Every structure type the tree uses. */
  structureTypes: string[];
  /** Figure elements, and how many of them have neither /Alt nor /ActualText. */
  figures: number;
  figuresWithoutAlt: number;
  /** The levels of the H1–H6 elements, in tree order. */
  headingLevels: number[];
  /** LI elements with a child other than Lbl and LBody (ISO 32000-1, 14.8.4.3.3). */
  listItemsWithOtherChildren: number;
  /** Each structure element's /P is the element (or root) whose /K holds it; the count of those that are not. */
  wrongParents: number;
  /** The PDF version in the header ("1.7"). */
  version: string;
}

export async function readCatalog(bytes: Uint8Array): Promise<CatalogFacts> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context, catalog } = doc;
  const flag = (dict: PDFDict | undefined, key: string) => resolve(context, dict?.get(PDFName.of(key))) === PDFBool.True;
  const root = dictOf(context, catalog.get(PDFName.of('StructTreeRoot')));
  const roleMap: Record<string, string> = {};
  for (const [key, value] of dictOf(context, root?.get(PDFName.of('RoleMap')))?.entries() ?? []) roleMap[key.decodeText()] = String(resolve(context, value)).replace(/^\//, '');
  const types = new Set<string>();
  let figures = 0;
  let figuresWithoutAlt = 0;
  let listItemsWithOtherChildren = 0;
  let wrongParents = 0;
  const headingLevels: number[] = [];
  const seen = new Set<PDFObject>();
  const kidsOf = (element: PDFDict) => {
    const k = element.get(PDFName.of('K'));
    return arrayOf(context, k)?.asArray() ?? (k ? [k] : []);
  };
  const walk = (object: PDFObject | undefined, parent: PDFObject | undefined) => {
    const resolved = resolve(context, object);
    if (!resolved || seen.has(resolved) || !(resolved instanceof PDFDict)) return;
    const type = resolved.get(PDFName.of('S'));
    if (!(type instanceof PDFName)) return;
    seen.add(resolved);
    types.add(type.decodeText());
    if (resolve(context, resolved.get(PDFName.of('P'))) !== resolve(context, parent)) wrongParents++;
    const heading = /^H([1-6])$/.exec(type.decodeText());
    if (heading) headingLevels.push(Number(heading[1]));
    if (type === PDFName.of('Figure')) {
      figures++;
      if (!textOf(context, resolved.get(PDFName.of('Alt'))) && !textOf(context, resolved.get(PDFName.of('ActualText')))) figuresWithoutAlt++;
    }
    const kids = kidsOf(resolved);
    if (type === PDFName.of('LI') && kids.some((kid) => !['Lbl', 'LBody'].includes(String(dictOf(context, kid)?.get(PDFName.of('S'))).slice(1)))) listItemsWithOtherChildren++;
    for (const kid of kids) walk(kid, object);
  };
  for (const kid of arrayOf(context, root?.get(PDFName.of('K')))?.asArray() ?? [root?.get(PDFName.of('K'))]) walk(kid, doc.catalog.get(PDFName.of('StructTreeRoot')));
  return {
    lang: textOf(context, catalog.get(PDFName.of('Lang'))),
    marked: flag(dictOf(context, catalog.get(PDFName.of('MarkInfo'))), 'Marked'),
    displayDocTitle: flag(dictOf(context, catalog.get(PDFName.of('ViewerPreferences'))), 'DisplayDocTitle'),
    structTreeRoot: root !== undefined,
    roleMap,
    structureTypes: [...types].sort(),
    figures,
    figuresWithoutAlt,
    headingLevels,
    listItemsWithOtherChildren,
    wrongParents,
    version: /%PDF-(\d\.\d)/.exec(Buffer.from(bytes.subarray(0, 16)).toString('latin1'))?.[1] ?? '',
  };
}

/** The catalog's XMP packet, parsed by a real XML parser (jsdom's), with the fields we write; null without /Metadata. */
export interface Xmp {
  text: string;
  title: string[];
  creators: string[];
  description: string;
  subjects: string[];
  languages: string[];
  creatorTool: string;
  producer: string;
  keywords: string;
  pdfuaPart: string;
}

export async function readXmp(bytes: Uint8Array): Promise<Xmp | null> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const stream = resolve(doc.context, doc.catalog.get(PDFName.of('Metadata')));
  if (!(stream instanceof PDFRawStream)) return null;
  return parseXmp(new TextDecoder('utf-8', { fatal: true }).decode(decode(stream)));
}

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  pdfuaid: 'http://www.aiim.org/pdfua/ns/id/',
} as const;

/** jsdom (a dev dependency, without type declarations): its DOMParser is a real XML parser. */
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } } };

/** Parses an XMP packet; throws when it is not well-formed XML. */
export function parseXmp(text: string): Xmp {
  const { window } = new JSDOM('');
  const xml = new window.DOMParser().parseFromString(text, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`the XMP is not well-formed: ${error.textContent}`);
  const element = (ns: string, name: string) => xml.getElementsByTagNameNS(ns, name)[0];
  const items = (ns: string, name: string) => [...(element(ns, name)?.getElementsByTagNameNS(NS.rdf, 'li') ?? [])].map((li) => li.textContent ?? '');
  const value = (ns: string, name: string) => element(ns, name)?.textContent ?? '';
  return {
    text,
    title: items(NS.dc, 'title'),
    creators: items(NS.dc, 'creator'),
    description: items(NS.dc, 'description')[0] ?? '',
    subjects: items(NS.dc, 'subject'),
    languages: items(NS.dc, 'language'),
    creatorTool: value(NS.xmp, 'CreatorTool'),
    producer: value(NS.pdf, 'Producer'),
    keywords: value(NS.pdf, 'Keywords'),
    pdfuaPart: value(NS.pdfuaid, 'part'),
  };
}

/**
 * A one-page tagged PDF made by hand: `content` as the page's content stream
 * (uncompressed), a StructTreeRoot whose ParentTree gives the page one P
 * element for each MCID in `mcids`, and bookmarks titled `bookmarks`
 * (nested: a title at level n is a child of the last one at level n − 1).
 * The elements are of `elementType`, P unless told. Font /F1 is Helvetica.
 */
export async function handmadeTaggedPdf({
  content,
  mcids = [],
  bookmarks = [],
  elementType = 'P',
  listItems = false,
}: {
  content: string;
  mcids?: number[];
  bookmarks?: Bookmark[];
  elementType?: string;
  /** Each element in an LI of its own, the LIs in one L: L > LI > element, as Chromium tags a list. */
  listItems?: boolean;
}): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { context } = doc;
  const page = doc.addPage([200, 200]);
  const font = context.register(context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' }));
  page.node.set(PDFName.of('Resources'), context.obj({ Font: { F1: font } }));
  page.node.set(PDFName.of('Contents'), context.register(context.stream(Buffer.from(content, 'latin1'))));
  page.node.set(PDFName.of('StructParents'), PDFNumber.of(0));

  const rootRef = context.nextRef();
  const documentRef = context.nextRef();
  const listRef = context.nextRef();
  const elements = Math.max(-1, ...mcids) + 1;
  const parents = Array.from({ length: elements }, (_, mcid) => (mcids.includes(mcid) ? context.nextRef() : context.obj(null)));
  const items = parents.filter((p) => p instanceof PDFRef).map((ref) => ({ ref, item: context.nextRef() }));
  parents.forEach((ref, mcid) => {
    if (!(ref instanceof PDFRef)) return;
    const parent = listItems ? items.find((entry) => entry.ref === ref)!.item : documentRef;
    context.assign(ref, context.obj({ Type: 'StructElem', S: elementType, P: parent, Pg: page.ref, K: mcid }));
  });
  if (listItems) {
    for (const { ref, item } of items) context.assign(item, context.obj({ Type: 'StructElem', S: 'LI', P: listRef, K: [ref] }));
    context.assign(listRef, context.obj({ Type: 'StructElem', S: 'L', P: documentRef, K: items.map((entry) => entry.item) }));
  }
  context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: listItems ? [listRef] : items.map((entry) => entry.ref) }));
  const parentTree = context.obj({ Nums: [0, context.obj(parents)] });
  context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTree, ParentTreeNextKey: 1 }));
  doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('sv-SE'));

  if (bookmarks.length > 0) {
    const outlinesRef = context.nextRef();
    const refs = bookmarks.map(() => context.nextRef());
    const parentOf = (i: number) => {
      for (let j = i - 1; j >= 0; j--) if (bookmarks[j].level === bookmarks[i].level - 1) return j;
      return -1;
    };
    const children = (parent: number) => bookmarks.map((_, i) => i).filter((i) => parentOf(i) === parent && (parent >= 0 || bookmarks[i].level === 1));
    bookmarks.forEach((bookmark, i) => {
      const siblings = children(parentOf(i));
      const at = siblings.indexOf(i);
      const kids = children(i);
      const item: Record<string, PDFObject> = {
        Title: PDFHexString.fromText(bookmark.title),
        Parent: parentOf(i) >= 0 ? refs[parentOf(i)] : outlinesRef,
        Dest: context.obj([page.ref, PDFName.of('Fit')]),
      };
      if (at > 0) item.Prev = refs[siblings[at - 1]];
      if (at < siblings.length - 1) item.Next = refs[siblings[at + 1]];
      if (kids.length > 0) Object.assign(item, { First: refs[kids[0]], Last: refs[kids.at(-1)!], Count: PDFNumber.of(kids.length) });
      context.assign(refs[i], context.obj(item));
    });
    const top = children(-1);
    context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: refs[top[0]], Last: refs[top.at(-1)!], Count: top.length }));
    doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  }
  doc.setTitle('Handgjord');
  return doc.save({ useObjectStreams: false });
}

/** A page's content stream, decoded (the first page's by default). */
export async function pageContent(bytes: Uint8Array, pageIndex = 0): Promise<string> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const contents = doc.context.lookup(doc.getPage(pageIndex).node.get(PDFName.of('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => doc.context.lookup(ref)) : [contents];
  return streams.map((stream) => Buffer.from(decode(stream as PDFRawStream)).toString('latin1')).join('\n');
}

/** A font the pages use: whether its program is embedded and it maps its codes to Unicode (PDF/UA-1 7.21.4.1, 7.21.7). */
export interface FontFacts {
  name: string;
  subtype: string;
  embedded: boolean;
  toUnicode: boolean;
}

/** Every font of every page's resources, once each. */
export async function readFonts(bytes: Uint8Array): Promise<FontFacts[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const { context } = doc;
  const seen = new Set<PDFDict>();
  const out: FontFacts[] = [];
  const name = (dict: PDFDict | undefined, key: string) => String(dict?.get(PDFName.of(key)) ?? '').replace(/^\//, '');
  for (const page of doc.getPages()) {
    const fonts = dictOf(context, dictOf(context, page.node.Resources())?.get(PDFName.of('Font')));
    for (const [, value] of fonts?.entries() ?? []) {
      const font = dictOf(context, value);
      if (!font || seen.has(font)) continue;
      seen.add(font);
      const descendant = dictOf(context, arrayOf(context, font.get(PDFName.of('DescendantFonts')))?.get(0));
      const descriptor = dictOf(context, (descendant ?? font).get(PDFName.of('FontDescriptor')));
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.get(PDFName.of(key)) !== undefined) || name(font, 'Subtype') === 'Type3';
      out.push({ name: name(font, 'BaseFont'), subtype: name(font, 'Subtype'), embedded, toUnicode: font.get(PDFName.of('ToUnicode')) !== undefined });
    }
  }
  return out;
}
