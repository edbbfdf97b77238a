import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { documentOutline, type OutlinePageHeader } from '../../../../shared/documents/document-outline';
import { encodeBase64 } from '../../../../shared/draft/image';
import type { Draft } from '../../../../shared/draft/schema';
import type { Bridge } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { tempDir } from '../../../support/fixtures';
import { testHandlers } from '../../../support/test-shell';
import { municipalityLogoPng, policeLogoJpeg } from '../../../support/images';
import { completeDraft, openHarness, unwrap, type Harness } from '../../helpers/app-harness';
import { openEditor, region, type, waitForStored } from '../../helpers/editor';
import { expectFocused } from '../../../support/focus';

/**
 * A party's logo in the editor, with the real "Lägg till logotyp" behind it:
 * the dialog's stand-in hands the real handler a file on disk that the test
 * chose, so what is accepted or refused (and in which words) is the app's own.
 */

let harness: Harness;
/** The file the open dialog "chooses" next; null cancels. */
let chosen: string | null = null;
const files = tempDir('samverka-logofiler-');

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(files, name);
  writeFileSync(target, bytes);
  return target;
}

beforeEach(async () => {
  harness = await openHarness();
  const dataDir = tempDir();
  const handlers = testHandlers(await DraftStore.open(dataDir), {
    chooseOpenPath: async () => chosen,
  });
  const pickLogo = async () => JSON.parse(JSON.stringify(await dispatch(handlers, 'pickLogo', [])));
  window.samverka = { ...harness.bridge, pickLogo } as Bridge;
  // The preview beside the form, which shows the logos as the document will.
  window.localStorage.setItem('samverka.preview', 'on');
});

afterEach(async () => {
  window.localStorage.removeItem('samverka.preview');
  await harness.close();
});

const party = (n: number) => within(region('Parter')).getByRole('group', { name: `Part ${n}` });
const logoGroup = (n: number) => within(party(n)).getByRole('group', { name: 'Logotyp' });
const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });

describe('a party\'s logo in the editor', () => {
  it('adds a logo, shows it with its size and the document\'s text alternative, and stores the alt text typed', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    chosen = file('soderhamn.png', municipalityLogoPng());
    fireEvent.click(within(party(1)).getByRole('button', { name: 'Lägg till logotyp för part 1' }));

    const image = await within(logoGroup(1)).findByRole('img', { name: 'Logotyp för Söderhamns kommun' });
    expect(image.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(within(logoGroup(1)).getByText('PNG, 240 × 120 pixlar')).toBeTruthy();
    const alt = within(logoGroup(1)).getByLabelText('Alternativtext');
    await expectFocused(alt);
    // The hint says what an empty field gives.
    expect(document.getElementById(alt.getAttribute('aria-describedby')!)?.textContent).toMatch(/Lämnas fältet tomt står det ”Logotyp för Söderhamns kommun”\.$/);
    await waitForStored(harness, draft.id, (stored) => expect(stored.parties[0].logo).toEqual({ mediaType: 'image/png', data: encodeBase64(municipalityLogoPng()), alt: '' }));

    type(alt, 'Söderhamns kommuns logotyp');
    await waitForStored(harness, draft.id, (stored) => expect(stored.parties[0].logo?.alt).toBe('Söderhamns kommuns logotyp'));
    // The preview's first sheet shows it, with the text written.
    await waitFor(() => expect(within(preview()).getByRole('img', { name: 'Söderhamns kommuns logotyp' })).toBeTruthy());
    expect(within(party(2)).queryByRole('img')).toBeNull();
  });

  it('shows a refusal inline, in Swedish, and keeps the logo it had', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    chosen = file('logga.png', 'Det här är ingen bild.');
    fireEvent.click(within(party(2)).getByRole('button', { name: 'Lägg till logotyp för part 2' }));
    const alert = await within(logoGroup(2)).findByRole('alert');
    expect(alert.textContent).toBe('Filen är inte en PNG- eller JPEG-bild. Välj en logotyp sparad som PNG eller JPEG.');
    expect((await harness.readDraft(draft.id)).parties[1].logo).toBeUndefined();

    chosen = file('polisen.jpg', policeLogoJpeg());
    fireEvent.click(within(party(2)).getByRole('button', { name: 'Lägg till logotyp för part 2' }));
    await within(logoGroup(2)).findByRole('img');
    expect(within(logoGroup(2)).queryByRole('alert')).toBeNull();
    type(within(logoGroup(2)).getByLabelText('Alternativtext'), 'Polisens logotyp');

    // A GIF for "Byt logotyp" is refused; the JPEG stays.
    chosen = file('polisen.gif', Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64'));
    fireEvent.click(within(logoGroup(2)).getByRole('button', { name: 'Byt logotyp för part 2' }));
    expect((await within(logoGroup(2)).findByRole('alert')).textContent).toMatch(/^Filen är en GIF-bild; logotypen måste vara PNG eller JPEG\./);
    await waitForStored(harness, draft.id, (stored) => expect(stored.parties[1].logo).toMatchObject({ mediaType: 'image/jpeg', alt: 'Polisens logotyp' }));

    // A PNG replaces it, keeping the text alternative.
    chosen = file('polisen-ny.png', municipalityLogoPng());
    fireEvent.click(within(logoGroup(2)).getByRole('button', { name: 'Byt logotyp för part 2' }));
    await within(logoGroup(2)).findByText('PNG, 240 × 120 pixlar');
    await waitForStored(harness, draft.id, (stored) => expect(stored.parties[1].logo).toMatchObject({ mediaType: 'image/png', alt: 'Polisens logotyp' }));

    // Removed: gone from the draft; focus goes to the button that adds one again.
    fireEvent.click(within(logoGroup(2)).getByRole('button', { name: 'Ta bort logotyp för part 2' }));
    const add = within(party(2)).getByRole('button', { name: 'Lägg till logotyp för part 2' });
    await expectFocused(add);
    await waitForStored(harness, draft.id, (stored) => expect(stored.parties[1]).not.toHaveProperty('logo'));
  });

  it('does nothing when the dialog is cancelled', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    chosen = null;
    const add = within(party(1)).getByRole('button', { name: 'Lägg till logotyp för part 1' });
    fireEvent.click(add);
    await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
    expect(within(party(1)).queryByRole('img')).toBeNull();
    expect(within(party(1)).queryByRole('alert')).toBeNull();
  });

  it('shows a signed draft\'s logo read-only, without buttons', async () => {
    const logo = { mediaType: 'image/png' as const, data: encodeBase64(municipalityLogoPng()), alt: 'Söderhamns kommuns logotyp' };
    const seeded = await harness.seedDraft((d): Draft => {
      const complete = completeDraft(d);
      return { ...complete, parties: [{ ...complete.parties[0], logo }, complete.parties[1]] };
    });
    await unwrap(harness.bridge.saveDraft({ ...seeded, status: 'klar' }));
    const signed = { ...(await harness.readDraft(seeded.id)), status: 'undertecknad' as const };
    await unwrap(harness.bridge.saveDraft(signed));
    await openEditor(signed);

    expect(within(logoGroup(1)).getByRole('img', { name: 'Söderhamns kommuns logotyp' })).toBeTruthy();
    expect(within(logoGroup(1)).getByLabelText('Alternativtext')).toHaveProperty('readOnly', true);
    expect(within(region('Parter')).queryAllByRole('button', { name: /logotyp/ })).toEqual([]);
    // A party without a logo shows no logo controls at all.
    expect(within(party(2)).queryByRole('group', { name: 'Logotyp' })).toBeNull();
  });
});

describe('the logos in the preview', () => {
  it('head the first sheet at the outline\'s sizes and places, with their text alternatives, before the title', async () => {
    const draft = await harness.seedDraft((d): Draft => {
      const complete = completeDraft(d);
      return {
        ...complete,
        parties: [
          { ...complete.parties[0], logo: { mediaType: 'image/png', data: encodeBase64(municipalityLogoPng()), alt: 'Söderhamns kommuns logotyp' } },
          { ...complete.parties[1], logo: { mediaType: 'image/jpeg', data: encodeBase64(policeLogoJpeg()), alt: '' } },
        ],
      };
    });
    await openEditor(draft);
    const [sheet] = within(preview()).getAllByRole('group', { name: /^Sida 1 av/ });
    const images = within(sheet).getAllByRole('img');
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['Söderhamns kommuns logotyp', 'Logotyp för Polismyndigheten, lokalpolisområde Hälsingland']);
    const logos = (documentOutline(draft)[0] as OutlinePageHeader).logos;
    expect(images.map((image) => [image.style.left, image.style.width, image.style.height])).toEqual(
      logos.map((logo) => [`${logo.left}pt`, `${logo.width}pt`, `${logo.height}pt`]),
    );
    expect(images[1].getAttribute('src')).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    const title = within(sheet).getByRole('heading', { level: 1 });
    expect(images[0].compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
