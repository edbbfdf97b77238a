import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Packer } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReviewDocument } from '../../shared/documents/draft-document';
import { draftSchema, type Draft } from '../../shared/draft/schema';
import { REVIEW_EXPORT_TEXT } from '../../shared/i18n/exports';
import { INTEROP_OUT, SYSTEM_PYTHON, convertWithLibreOffice, normalizeSpace, readDocxPart, readPdfPages, renderPages } from '../support/docx-tools';
import { exampleDraft } from '../support/fixtures';

/**
 * The granskningsversion as a colleague without Samverka opens it: python-docx
 * reads it, LibreOffice keeps its changes as tracked changes when it saves it
 * as .docx or .odt, and its PDF shows them (inserted underlined, deleted
 * struck through). The PNGs written to test-results/interop/
 * (granskningsversion-*.png) are for a person to look at.
 */

const before: Draft = draftSchema.parse(exampleDraft());
const DATE = '2026-03-02T10:15:00.000Z';

/** The other party's text, and the municipality's edits since: a word changed, a paragraph added, an activity added and one removed, a new signatory. */
const now: Draft = (() => {
  const draft = structuredClone(before);
  draft.statement = draft.statement.replace('förbättra den upplevda tryggheten', 'öka tryggheten');
  draft.background = `${draft.background}\n\nUnder 2020 genomfördes också en trygghetsvandring med skolornas elevråd.`;
  draft.activities.splice(2, 1);
  draft.activities.push({ ...structuredClone(draft.activities[0]), id: 'ny', partyIds: ['kommun'], text: 'genomföra trygghetsvandringar i centrum varje höst tillsammans med fastighetsägarna' });
  draft.signatories[1].name = 'Karin Lindqvist';
  draft.updatedAt = DATE;
  return draft;
})();
const removed = before.activities[2].text;

const docxPath = path.join(INTEROP_OUT, 'granskningsversion-soderhamn.docx');
const converted = path.join(INTEROP_OUT, 'libreoffice');

beforeAll(async () => {
  await mkdir(INTEROP_OUT, { recursive: true });
  await writeFile(docxPath, await Packer.toBuffer(buildReviewDocument(now, before, { author: REVIEW_EXPORT_TEXT.author, date: DATE })));
});

/** Each tracked change of a WordprocessingML part as `ins:<author>:<date>` or `del:…`. */
const trackedChanges = (xml: string) => [...xml.matchAll(/<w:(ins|del) [^>]*?w:author="([^"]*)" w:date="([^"]*)"/g)].map(([, kind, author, date]) => `${kind}:${author}:${date}`);

describe('the granskningsversion in other programs', () => {
  it('opens with python-docx, whose XML has every change as w:ins or w:del with author and date', async () => {
    const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
ns = {'w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'}
W = '{%s}' % ns['w']
body = d.element.body
def texts(kind, tag):
    return [''.join(t.text or '' for t in e.iter(W + tag)) for e in body.iter(W + kind)]
print(json.dumps({
    "paragraphs": [p.text for p in d.paragraphs],
    "ins": [(e.get(W + 'author'), e.get(W + 'date')) for e in body.iter(W + 'ins')],
    "del": [(e.get(W + 'author'), e.get(W + 'date')) for e in body.iter(W + 'del')],
    "insText": texts('ins', 't'),
    "delText": texts('del', 'delText'),
}, ensure_ascii=False))
`;
    const { stdout } = await promisify(execFile)(SYSTEM_PYTHON, ['-c', script, docxPath]);
    const read = JSON.parse(stdout) as { paragraphs: string[]; ins: [string, string][]; del: [string, string][]; insText: string[]; delText: string[] };
    expect(read.paragraphs.join('\n')).toContain('Polis och kommun lovar att under 2020 och 2021 tillsammans');
    expect(read.ins.length).toBeGreaterThan(3);
    expect(read.del.length).toBeGreaterThan(2);
    for (const [author, date] of [...read.ins, ...read.del]) expect([author, date]).toEqual(['Samverka', DATE]);
    expect(read.insText.filter(Boolean)).toEqual(expect.arrayContaining(['öka', 'Under 2020 genomfördes också en trygghetsvandring med skolornas elevråd.', 'Karin Lindqvist']));
    expect(read.delText).toEqual(expect.arrayContaining(['förbättra', removed, 'Anna Berglund']));
  });

  it('keeps its changes as tracked changes when LibreOffice saves it as .docx and as .odt', async () => {
    const asDocx = await convertWithLibreOffice(docxPath, 'docx', converted);
    const xml = readDocxPart(await readFile(asDocx), 'word/document.xml');
    const changes = trackedChanges(xml);
    expect(changes.filter((change) => change.startsWith('ins:Samverka:')).length).toBeGreaterThan(3);
    expect(changes.filter((change) => change.startsWith('del:Samverka:')).length).toBeGreaterThan(2);
    expect(xml).toMatch(new RegExp(`<w:delText[^>]*>[^<]*${removed.slice(0, 30)}`));

    const asOdt = await convertWithLibreOffice(docxPath, 'odt', converted);
    const content = readDocxPart(await readFile(asOdt), 'content.xml');
    const tracked = /<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/.exec(content)?.[0] ?? '';
    expect(tracked.match(/<text:insertion>/g)?.length).toBeGreaterThan(3);
    expect(tracked.match(/<text:deletion>/g)?.length).toBeGreaterThan(2);
    expect(tracked).toContain('<dc:creator>Samverka</dc:creator>');
    expect(tracked).toContain(removed.slice(0, 30));
  });

  it('shows the changes on LibreOffice\'s pages: what was removed beside what came', async () => {
    const pdf = await convertWithLibreOffice(docxPath, 'pdf');
    const text = normalizeSpace((await readPdfPages(pdf)).join('\n'));
    expect(text).toContain('förbättra');
    expect(text).toContain('öka');
    expect(text).toContain(normalizeSpace(removed));
    expect(text).toContain('genomföra trygghetsvandringar i centrum varje höst');
    expect(text).toContain('Anna Berglund');
    expect(text).toContain('Karin Lindqvist');
    const pages = await renderPages(pdf, path.join(INTEROP_OUT, 'granskningsversion'));
    expect(pages.length).toBeGreaterThan(0);
  });
});
