import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PieceFlow, outlinePieces, pieceText, splitPiece, type Piece } from '../../../renderer/preview/preview-pieces';
import type { OutlineRun } from '../../../shared/documents/document-outline';

afterEach(cleanup);

const textOf = (blocks: readonly OutlineRun[][]) => blocks.map((runs) => runs.map((run) => run.text).join('')).join('');

const paragraph = (runs: OutlineRun[]): Piece => outlinePieces([{ type: 'paragraph', key: 'background-0', runs }])[0];

describe('splitPiece', () => {
  it('splits a paragraph at character offsets into parts that hold every character once, in order', () => {
    const text = 'Polisen och kommunen har genomfört flera möten med allmänheten under året.';
    const piece = paragraph([{ text }]);
    const parts = splitPiece(piece, [text.indexOf('flera'), text.indexOf('under')]);
    expect(parts.map((part) => part.key)).toEqual(['background-0', 'background-0~2', 'background-0~3']);
    expect(parts.map((part) => textOf(part.part!.blocks))).toEqual([
      'Polisen och kommunen har genomfört ',
      'flera möten med allmänheten ',
      'under året.',
    ]);
    expect(parts.map((part) => [part.part!.continued, part.part!.continues])).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
    // Each part renders anew only when its own text changes.
    expect(new Set(parts.map((part) => part.signature)).size).toBe(3);
  });

  it('keeps bold lead-ins and the writer\'s line breaks, and starts a part after a line break without it', () => {
    const runs: OutlineRun[] = [{ text: 'Problem: ', bold: true }, { text: 'rad ett' }, { text: 'rad två', lineBreak: true }, { text: 'rad tre', lineBreak: true }];
    const [first, second] = splitPiece(paragraph(runs), ['Problem: rad ett'.length]);
    expect(first.part!.blocks).toEqual([[{ text: 'Problem: ', bold: true, lineBreak: false }, { text: 'rad ett', lineBreak: false }]]);
    expect(second.part!.blocks).toEqual([[{ text: 'rad två', lineBreak: false }, { text: 'rad tre', lineBreak: true }]]);
  });

  it('splits the löftesmening\'s box between or within its paragraphs', () => {
    const [piece] = outlinePieces([{ type: 'statement', key: 'statement', paragraphs: [[{ text: 'Första stycket.' }], [{ text: 'Andra stycket här.' }]] }]);
    const between = splitPiece(piece, ['Första stycket.'.length]);
    expect(between.map((part) => part.part!.blocks)).toEqual([[[{ text: 'Första stycket.', lineBreak: false }]], [[{ text: 'Andra stycket här.', lineBreak: false }]]]);
    const within = splitPiece(piece, ['Första stycket.Andra '.length]);
    expect(within.map((part) => part.part!.blocks.map((runs) => runs.map((run) => run.text)))).toEqual([[['Första stycket.'], ['Andra ']], [['stycket här.']]]);
  });

  it('splits an activity with its responsible line, and leaves signatures whole', () => {
    const [, activity] = outlinePieces([
      {
        type: 'activityGroup',
        key: 'group-polis',
        lead: 'Polisen lovar att',
        partyIds: ['polis'],
        items: [{ activityId: 'a1', index: 0, text: 'genomföra trygghetsvandringar\nvarje vecka', focusArea: null, responsible: 'Ansvarig: kommunpolisen' }],
      },
    ]);
    expect(textOf(pieceText(activity.content)!)).toBe('genomföra trygghetsvandringarvarje veckaAnsvarig: kommunpolisen');
    const parts = splitPiece(activity, ['genomföra trygghetsvandringarvarje vecka'.length]);
    expect(parts[1].part!.blocks).toEqual([[{ text: 'Ansvarig: kommunpolisen', lineBreak: false }]]);
    expect(parts[1].list).toBe(activity.list);

    const [pair] = outlinePieces([
      {
        type: 'signatures',
        key: 'signatures',
        clause: null,
        keepTogether: true,
        signatures: [
          { partyId: 'p', forParty: 'För Polisen', placeDate: '', placeDateCaption: 'Ort och datum', signatureCaption: 'Underskrift', name: '', nameCaption: 'Namnförtydligande', title: '' },
        ],
      },
    ]);
    expect(pieceText(pair.content)).toBeNull();
    expect(splitPiece(pair, [3])).toEqual([pair]);
  });

  it('ignores offsets outside the text, as a stale split after an edit', () => {
    const piece = paragraph([{ text: 'kort' }]);
    expect(splitPiece(piece, [0, 4, 99, -1])).toEqual([piece]);
  });
});

describe('a split piece on the pages', () => {
  it('shows each part once: the bullet, the activity\'s id and a fact\'s label only on the first, the writer\'s line breaks kept', () => {
    const [, activity] = outlinePieces([
      {
        type: 'activityGroup',
        key: 'group-polis',
        lead: 'Polisen lovar att',
        partyIds: ['polis'],
        items: [{ activityId: 'a1', index: 0, text: 'rad ett\nrad två\nrad tre', focusArea: null, responsible: '' }],
      },
    ]);
    const [first, second] = splitPiece(activity, ['rad ettrad två'.length]);
    const page1 = render(<PieceFlow pieces={[first]} page />).container;
    const page2 = render(<PieceFlow pieces={[second]} page />).container;
    expect(page1.querySelector('li')?.innerHTML).toBe('rad ett<br>rad två');
    // The first part goes on on the next page, and is the only piece on its page (no space above or below it).
    expect(Object.keys(page1.querySelector('li')?.dataset ?? {}).filter((name) => !name.startsWith('activity')).sort()).toEqual([
      'continues',
      'pageEnd',
      'pageStart',
      'piece',
      'splitText',
    ]);
    expect(page1.querySelector('li')?.dataset.activityId).toBe('a1');
    expect(page2.querySelector('li')?.innerHTML).toBe('rad tre');
    expect(page2.querySelector('li')?.dataset.continued).toBe('');
    expect(page2.querySelector('li')?.dataset.activityId).toBeUndefined();

    const [facts] = outlinePieces([{ type: 'facts', key: 'facts-parties', label: 'Parter', values: ['Söderhamns kommun', 'Polismyndigheten'] }]);
    const [, rest] = splitPiece(facts, ['Söderhamns kommun'.length]);
    const dl = render(<PieceFlow pieces={[rest]} page />).container.querySelector('dl');
    expect(dl?.querySelector('dt')?.textContent).toBe('');
    expect(dl?.querySelector('dd')?.textContent).toBe('Polismyndigheten');
  });

  it('renders a whole piece as before: its text in the element marked for measuring', () => {
    const { container } = render(<PieceFlow pieces={[paragraph([{ text: 'Inledning: ', bold: true }, { text: 'text' }, { text: 'mer', lineBreak: true }])]} />);
    expect(container.children).toHaveLength(1);
    expect(container.querySelector('p[data-piece="background-0"][data-split-text=""]')?.innerHTML).toBe('<strong>Inledning: </strong>text<br>mer');
  });
});
