import { describe, expect, it } from 'vitest';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { followUpCsv, textCell } from '../../../../shared/follow-up/csv';
import { exampleDraft } from '../../../support/fixtures';
import { parseCsv } from '../../../support/csv';

/**
 * A small reader of the CSV as a spreadsheet reads it (RFC 4180 with `;`):
 * the test's own, so a writer bug cannot hide behind a reader with the same bug.
 */
function followedUp(): Draft {
  const draft = draftSchema.parse(exampleDraft());
  draft.activities[1].followUp = { status: 'delvis-genomford', outcome: 1.5, comment: 'En insats; den andra\nflyttad till "våren".', updatedAt: '2026-11-21T10:00:00.000Z' };
  draft.activities[3].followUp = { status: 'genomford', outcome: 2, comment: '=HYPERLINK("http://example.com","klicka")', updatedAt: '2026-11-21T10:00:00.000Z' };
  return draft;
}

describe('followUpCsv', () => {
  it('is UTF-8 text with a BOM, CRLF line ends and a header row, one row per activity with the same number of fields', () => {
    const csv = followUpCsv(followedUp());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields every line ends with CRLF.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n|\r(?!\n)/);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['Parter', 'Ansvarig', 'Fokusområde', 'Aktivitet', 'Mål (antal)', 'Enhet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad']);
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.length === 10)).toBe(true);
  });

  it('puts each value in its column: numbers with a decimal comma, dates ISO, texts with ; " and line breaks quoted', () => {
    const rows = parseCsv(followUpCsv(followedUp()).slice(1));
    expect(rows.map((row) => row[6])).toEqual(['Status', 'Ej påbörjad', 'Delvis genomförd', 'Ej påbörjad', 'Genomförd']);
    expect(rows[2]).toEqual([
      'Polismyndigheten, lokalpolisområde Hälsingland',
      'lokalpolisområdet',
      'Trygghet i centrum',
      'genomföra minst 2 riktade insatser mot ungdomar och narkotikamissbruk per år, vardera minst två dagar, i Söderhamn',
      '2',
      'insatser',
      'Delvis genomförd',
      '1,5',
      'En insats; den andra\nflyttad till "våren".',
      '2026-11-21',
    ]);
    expect(rows[1].slice(4, 10)).toEqual(['', '', 'Ej påbörjad', '', '', '']);
  });

  it('defuses a cell a spreadsheet would run as a formula with a leading apostrophe', () => {
    const rows = parseCsv(followUpCsv(followedUp()).slice(1));
    expect(rows[4][8]).toBe('\'=HYPERLINK("http://example.com","klicka")');
    expect(textCell('=1+1')).toBe("'=1+1");
    expect(textCell('+46 70')).toBe("'+46 70");
    expect(textCell('-5 grader')).toBe("'-5 grader");
    expect(textCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(textCell('\t=1+1')).toBe("'\t=1+1");
    expect(textCell('Polisen = trygghet')).toBe('Polisen = trygghet');
    expect(textCell('')).toBe('');
  });

  it('quotes only what needs quoting, doubling quotes', () => {
    expect(textCell('a;b')).toBe('"a;b"');
    expect(textCell('säg "ja"')).toBe('"säg ""ja"""');
    expect(textCell('rad 1\r\nrad 2')).toBe('"rad 1\r\nrad 2"');
    expect(textCell('Söderhamns kommun, polisen')).toBe('Söderhamns kommun, polisen');
  });

  it('a draft without activities is the header row alone', () => {
    expect(followUpCsv({ ...followedUp(), activities: [] })).toBe(
      '\uFEFFParter;Ansvarig;Fokusområde;Aktivitet;Mål (antal);Enhet;Status;Utfall;Kommentar;Senast uppdaterad\r\n',
    );
  });

  it('heads an agreement\'s column "Åtagande" (issue 17)', () => {
    expect(parseCsv(followUpCsv({ ...followedUp(), kind: 'samverkansoverenskommelse' }).slice(1))[0][3]).toBe('Åtagande');
  });
});
