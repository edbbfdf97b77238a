import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { encodeBase64 } from '../../../../shared/draft/image';
import { LIMITS } from '../../../../shared/draft/limits';
import { readDraftText } from '../../../../shared/draft/read-draft';
import { draftSchema, type Draft, type PartyLogo } from '../../../../shared/draft/schema';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { testHandlers } from '../../../support/test-shell';
import { municipalityLogoPng, png, pngChunk, policeLogoJpeg } from '../../../support/images';

/**
 * A logo enters a draft from a file as often as from the dialog: a draft
 * file read from the library, an imported one, a save from the window. The
 * schema checks the image wherever a draft is parsed, so a bad one is
 * refused with the party named and the reason in Swedish.
 */

const logo = (bytes: Uint8Array, mediaType: PartyLogo['mediaType'] = 'image/png', alt = ''): PartyLogo => ({ mediaType, data: encodeBase64(bytes), alt });

function withLogos(...logos: (PartyLogo | undefined)[]): Draft {
  const draft = exampleDraft();
  return { ...draft, parties: draft.parties.map((party, i) => (logos[i] ? { ...party, logo: logos[i] } : party)) };
}

/** The problems the file reader lists for a draft's text, or null when it reads. */
function problemsReading(draft: Draft): string[] | null {
  const result = readDraftText(JSON.stringify(draft));
  return result.ok ? null : result.error.problems;
}

describe('a draft with logos', () => {
  it('reads with a PNG and a JPEG logo, their text alternatives kept', () => {
    const draft = withLogos(logo(municipalityLogoPng(), 'image/png', 'Söderhamns kommuns logotyp'), logo(policeLogoJpeg(), 'image/jpeg'));
    const result = readDraftText(JSON.stringify(draft));
    expect(result.ok).toBe(true);
    expect(result.ok && result.draft.parties.map((party) => party.logo?.alt)).toEqual(['Söderhamns kommuns logotyp', '']);
  });

  it('is refused when a logo is not an image, naming the party and the reason in Swedish', () => {
    const text = new TextEncoder().encode('<html><body>Inte en bild</body></html>');
    expect(problemsReading(withLogos(undefined, logo(text)))).toEqual([expect.stringMatching(/^Part 2, .*: bilden är inte en PNG- eller JPEG-bild$/)]);
  });

  it('is refused when a logo is cut off, a GIF, or not what its media type says', () => {
    const cut = municipalityLogoPng().subarray(0, 200);
    expect(problemsReading(withLogos(logo(cut)))).toEqual([expect.stringMatching(/^Part 1, .*: bilden är skadad eller ofullständig$/)]);
    const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000');
    expect(problemsReading(withLogos(logo(gif)))).toEqual([expect.stringMatching(/bilden är en GIF-bild; en logotyp måste vara PNG eller JPEG$/)]);
    expect(problemsReading(withLogos(logo(policeLogoJpeg(), 'image/png')))).toEqual([expect.stringMatching(/bilden är märkt som PNG men är en JPEG-bild$/)]);
  });

  it('is refused when a logo is over the pixel or the size limit', () => {
    const wide = png(LIMITS.logoPixels + 1, 2, () => [0, 0, 0, 255]);
    expect(problemsReading(withLogos(logo(wide)))).toEqual([
      expect.stringMatching(/bilden är 4001 × 2 pixlar; en logotyp får vara högst 4000 pixlar på längsta sidan$/),
    ]);
    // One byte over: refused by its length, the size never rounded down to the limit.
    const base = png(2, 2, () => [0, 0, 0, 255]);
    const big = png(2, 2, () => [0, 0, 0, 255], [pngChunk('prIv', new Uint8Array(LIMITS.logoBytes + 1 - base.length - 12))]);
    expect(big.length).toBe(LIMITS.logoBytes + 1);
    expect(problemsReading(withLogos(logo(big)))).toEqual([expect.stringMatching(/^Part 1, .*: bilden är 301 kB; en logotyp får vara högst 300 kB$/)]);
    const huge = png(2, 2, () => [0, 0, 0, 255], [pngChunk('prIv', new Uint8Array(2 * LIMITS.logoBytes))]);
    expect(problemsReading(withLogos(logo(huge)))).toEqual([expect.stringMatching(/: bilden är 601 kB; en logotyp får vara högst 300 kB$/)]);
  });

  it('is refused by a save from the window and by the library when its file carries a bad logo', async () => {
    const dataDir = tempDir();
    const store = await DraftStore.open(dataDir);
    const handlers = testHandlers(store);
    const good = draftSchema.parse(withLogos(logo(municipalityLogoPng())));
    await store.put(good);
    const bad = withLogos(logo(new TextEncoder().encode('inte en bild')));
    const reply = await dispatch(handlers, 'saveDraft', [bad]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(!reply.ok && reply.error.message).toMatch(/^Uppgifterna kunde inte tas emot; kontrollera part 1/);
    expect((await store.get(good.id)).parties[0].logo?.data).toBe(good.parties[0].logo?.data);

    // The same draft written into the data folder by someone else is not read as a draft.
    const file = path.join(dataDir, 'drafts', `${good.id}.json`);
    writeFileSync(file, JSON.stringify(bad));
    const reopened = await DraftStore.open(dataDir);
    expect(reopened.list().map((summary) => summary.id)).not.toContain(good.id);
  });
});
