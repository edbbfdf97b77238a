import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { waitForPendingSaves } from '../../../renderer/editor/use-autosave';
import { FolderLock } from '../../../electron/services/folder-lock';
import type { LibraryOptions } from '../../../electron/services/library';
import { DraftStore } from '../../../electron/services/draft-store';
import type { Bridge } from '../../../shared/ipc/contract';
import { exampleDraft, tempDir } from '../../support/fixtures';
import { expectFocused } from '../../support/focus';
import { bridgeOver } from '../../support/node-bridge';
import { testLibrary } from '../../support/test-shell';

/**
 * The banner of a data folder this window can only read, against the real
 * Node side (a Library and its handlers, another "computer" holding the
 * lock, or a disk that refuses): it says why and what to do under a heading,
 * the drafts can still be read, a change is refused visibly where it was
 * made, and "Ta över" / "Försök igen" make the window the writer.
 */

const ANNA = { user: 'anna', computer: 'KOMMUN-PC12', pid: process.pid };
const BERTIL = { user: 'bertil', computer: 'KOMMUN-PC13', pid: process.pid };

const cleanups: (() => Promise<void>)[] = [];
/** The window's calls to the Node side not yet answered. */
const calls = new Set<Promise<unknown>>();
/** Once every call the window has made so far has been answered. */
async function answered() {
  while (calls.size > 0) await Promise.allSettled([...calls]);
}
afterEach(async () => {
  cleanup();
  // A save an unmounting editor started, and every call still unanswered, land before the library closes.
  await waitForPendingSaves();
  await answered();
  for (const step of cleanups.splice(0).reverse()) await step();
  window.location.hash = '';
});

/** The window's bridge on a Library of `dataDir`, as preload gives it (arguments and replies through JSON). */
async function installLibrary(dataDir: string, options: LibraryOptions) {
  const { library, handlers } = await testLibrary(dataDir, { refreshMs: 30, ...options });
  cleanups.push(() => library.close());
  window.samverka = bridgeOver(handlers, calls);
  return library;
}

/** A data folder holding the example, which Anna's Samverka has open (its lock taken at 09:12). */
async function folderAnnaHasOpen() {
  const dataDir = tempDir();
  const seeded = await DraftStore.open(dataDir);
  await seeded.save(exampleDraft());
  await seeded.flush();
  const anna = await FolderLock.acquire(dataDir, { owner: ANNA, now: () => new Date(2026, 2, 12, 9, 12) });
  if (!anna.ok) throw new Error('not acquired');
  return { dataDir, anna };
}

/** The banner: a status region named by its heading. */
const banner = (name: string) => screen.findByRole('status', { name });

describe('the data folder banner', () => {
  it('says who has the folder open, lets the drafts be read, refuses a change visibly, and offers "Ta över" once they quit', async () => {
    const { dataDir, anna } = await folderAnnaHasOpen();
    const library = await installLibrary(dataDir, { owner: BERTIL, now: () => new Date(2026, 2, 12, 9, 13) });

    render(<App />);
    const region = await banner('Datamappen är öppen på en annan dator');
    expect(within(region).getByText('Öppnad av anna på KOMMUN-PC12 sedan 09:12 – du kan läsa men inte ändra.', { exact: false })).toBeTruthy();
    expect(within(region).queryByRole('button')).toBeNull();

    // The drafts can be read …
    expect(await screen.findByRole('link', { name: exampleDraft().title })).toBeTruthy();
    // … and a change is refused where it was made, in the same words.
    act(() => {
      window.location.hash = `#/utkast/${exampleDraft().id}`;
    });
    const basics = await screen.findByRole('region', { name: 'Grunduppgifter' });
    const title = within(basics).getByLabelText('Titel') as HTMLInputElement;
    // The fields are read-only while the folder is, so nothing is typed that could not be saved …
    await waitFor(() => expect(title.readOnly).toBe(true));
    // … and a change that reaches the Node side anyway is refused there.
    fireEvent.change(title, { target: { value: 'Bertils ändring' } });
    fireEvent.blur(title);
    await waitForPendingSaves();
    await answered();
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sparstatus' }).textContent).toMatch(/Utkastet kunde inte sparas: inget har ändrats\. Öppnad av anna/i));

    // Anna quits: her lock goes, and the window may take over.
    await anna.lock.release();
    await waitFor(() => expect(library.status().canTakeOver).toBe(true));
    act(() => void window.dispatchEvent(new Event('focus')));
    const freed = await banner('Det här fönstret kan bara läsa');
    expect(freed.textContent).toContain('Datamappen är inte längre öppen i Samverka någon annanstans');
    const takeOver = within(freed).getByRole('button', { name: 'Ta över' });
    // Reachable from the keyboard: an ordinary button in the tab order.
    takeOver.focus();
    await expectFocused(takeOver);
    fireEvent.click(takeOver);
    await answered();
    expect(await screen.findByText('Datamappen kan ändras igen.')).toBeTruthy();
    expect(document.querySelector('[data-library-banner]')).toBeNull();
    expect(library.status().readOnly).toBe(false);
    // The button went with the banner: focus is on the page's heading, not dropped to the document.
    await expectFocused(() => screen.getByRole('heading', { level: 1 }));
  });

  it('says once what the start has to tell (the policy file, a recovered restore), and "Stäng" leaves focus on the page\'s heading', async () => {
    await installLibrary(tempDir(), { owner: BERTIL });
    const notice = 'Policyfilen /etc/samverka/policy.json är inte giltig JSON. Samverka startar med sina vanliga inställningar.';
    window.samverka = { ...window.samverka, startupNotices: async () => ({ ok: true, value: [notice] }) } as Bridge;
    render(<App />);
    const region = await banner('Att känna till');
    expect(within(region).getByText(notice)).toBeTruthy();
    const close = within(region).getByRole('button', { name: 'Stäng' });
    close.focus();
    fireEvent.click(close);
    expect(screen.queryByRole('status', { name: 'Att känna till' })).toBeNull();
    await expectFocused(() => screen.getByRole('heading', { level: 1 }));
  });

  it('says the disk is full and what to do, and "Försök igen" opens it for writing once there is room', async () => {
    const dataDir = tempDir();
    let full = true;
    await installLibrary(dataDir, {
      owner: BERTIL,
      openStore: async (dir) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return DraftStore.open(dir);
      },
    });
    render(<App />);
    const region = await banner('Disken är full');
    expect(region.textContent).toContain('Frigör utrymme (töm papperskorgen eller ta bort stora filer) och välj ”Försök igen”.');
    expect(region.textContent).not.toMatch(/ENOSPC|oväntat/);

    fireEvent.click(within(region).getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(within(region).getByRole('button', { name: 'Försök igen' })).toBeTruthy());
    expect(screen.getByRole('status', { name: 'Disken är full' })).toBeTruthy();

    full = false;
    fireEvent.click(within(screen.getByRole('status', { name: 'Disken är full' })).getByRole('button', { name: 'Försök igen' }));
    await answered();
    expect(await screen.findByText('Datamappen kan ändras igen.')).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'Disken är full' })).toBeNull();
  });

  it('asks once for the whole window, offers no status change or deleting while the folder can only be read, and a take-over makes the open editor writable at once', async () => {
    const { dataDir, anna } = await folderAnnaHasOpen();
    const { library, handlers } = await testLibrary(dataDir, { refreshMs: 30, owner: BERTIL, now: () => new Date(2026, 2, 12, 9, 13) });
    cleanups.push(() => library.close());
    let asked = 0;
    const libraryStatus: typeof handlers.libraryStatus = (...args) => {
      asked += 1;
      return handlers.libraryStatus(...args);
    };
    window.samverka = bridgeOver({ ...handlers, libraryStatus }, calls);
    window.location.hash = `#/utkast/${exampleDraft().id}`;

    render(<App />);
    const title = within(await screen.findByRole('region', { name: 'Grunduppgifter' })).getByLabelText('Titel') as HTMLInputElement;
    await waitFor(() => expect(title.readOnly).toBe(true));
    await banner('Datamappen är öppen på en annan dator');
    // The banner and the editor read one answer: one question, not one each.
    expect(asked).toBe(1);
    // Nothing is offered that the folder would refuse: no status change, no deleting; the status panel says when.
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).queryByRole('button')).toBeNull();
    expect(within(status).getByText('Statusen kan ändras när datamappen kan ändras igen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ta bort utkastet' })).toBeNull();

    await anna.lock.release();
    await waitFor(() => expect(library.status().canTakeOver).toBe(true));
    act(() => void window.dispatchEvent(new Event('focus')));
    fireEvent.click(within(await banner('Det här fönstret kan bara läsa')).getByRole('button', { name: 'Ta över' }));
    await answered();
    await screen.findByText('Datamappen kan ändras igen.');
    // The editor heard the take-over with the banner, not at its own next question.
    expect(title.readOnly).toBe(false);
    expect(within(status).getByRole('button', { name: 'Markera som klar för underskrift' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ta bort utkastet' })).toBeTruthy();
  });

  it('offers no new document, import, revision or next period while the folder can only be read, and offers them again after a take-over', async () => {
    const dataDir = tempDir();
    const seeded = await DraftStore.open(dataDir);
    const signed = { ...exampleDraft(), id: '0b6f3c1e-7d2a-4c8e-9a51-2f4e6d8b1c07', title: 'Medborgarlöfte för Ljusdal 2027' };
    await seeded.save(exampleDraft());
    const { updatedAt } = await seeded.save({ ...signed, status: 'klar' });
    await seeded.save({ ...signed, status: 'undertecknad', updatedAt });
    await seeded.flush();
    const anna = await FolderLock.acquire(dataDir, { owner: ANNA, now: () => new Date(2026, 2, 12, 9, 12) });
    if (!anna.ok) throw new Error('not acquired');
    const library = await installLibrary(dataDir, { owner: BERTIL, now: () => new Date(2026, 2, 12, 9, 13) });

    render(<App />);
    await banner('Datamappen är öppen på en annan dator');
    // The start page: the documents can be opened, but nothing is offered that would make one.
    await screen.findByText('Nya dokument kan skapas och importeras när datamappen kan ändras igen.');
    for (const name of ['Nytt medborgarlöfte', 'Ny samverkansöverenskommelse', 'Starta från exempel', 'Importera']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.getByRole('link', { name: signed.title })).toBeTruthy();

    // A signed document: no new revision and no next period, and each place says when they come back.
    act(() => {
      window.location.hash = `#/utkast/${signed.id}`;
    });
    await screen.findByText('En ny revision kan startas när datamappen kan ändras igen.');
    expect(screen.getByText('Nästa period kan startas när datamappen kan ändras igen.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Starta ny revision' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Starta nästa period' })).toBeNull();

    await anna.lock.release();
    await waitFor(() => expect(library.status().canTakeOver).toBe(true));
    act(() => void window.dispatchEvent(new Event('focus')));
    fireEvent.click(within(await banner('Det här fönstret kan bara läsa')).getByRole('button', { name: 'Ta över' }));
    await answered();
    expect(await screen.findByRole('button', { name: 'Starta ny revision' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Starta nästa period' })).toBeTruthy();
    expect(screen.queryByText('En ny revision kan startas när datamappen kan ändras igen.')).toBeNull();
  });

  it('keeps the take-over when an answer to a question asked before it comes after it', async () => {
    const { dataDir, anna } = await folderAnnaHasOpen();
    const { library, handlers } = await testLibrary(dataDir, { refreshMs: 30, owner: BERTIL, now: () => new Date(2026, 2, 12, 9, 13) });
    cleanups.push(() => library.close());
    // The next question's answer is held back, as a slow disk or a busy Node side would.
    let held: { release: () => void } | null = null;
    let holdNext = false;
    const libraryStatus: typeof handlers.libraryStatus = async (...args) => {
      const answer = await handlers.libraryStatus(...args);
      if (!holdNext) return answer;
      holdNext = false;
      return new Promise((resolve) => (held = { release: () => resolve(answer) }));
    };
    window.samverka = bridgeOver({ ...handlers, libraryStatus }, calls);

    render(<App />);
    await banner('Datamappen är öppen på en annan dator');
    await anna.lock.release();
    await waitFor(() => expect(library.status().canTakeOver).toBe(true));
    act(() => void window.dispatchEvent(new Event('focus')));
    const takeOver = within(await banner('Det här fönstret kan bara läsa')).getByRole('button', { name: 'Ta över' });
    // A question is asked (the window got focus) and its answer, "can only be read", is on its way …
    holdNext = true;
    act(() => void window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(held).not.toBeNull());
    // … when the user takes over.
    fireEvent.click(takeOver);
    await waitFor(() => expect(library.status().readOnly).toBe(false));
    await screen.findByText('Datamappen kan ändras igen.');
    // The old answer arrives: it was asked before the take-over and says nothing about after it.
    await act(async () => {
      held!.release();
      await answered();
      // What the answer sets off runs in the turns after it: let them all run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(document.querySelector('[data-library-banner]')).toBeNull();
    expect(screen.queryByRole('status', { name: 'Det här fönstret kan bara läsa' })).toBeNull();
  });

  it('shows nothing while the library can be changed', async () => {
    await installLibrary(tempDir(), { owner: BERTIL });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Inga dokument ännu' })).toBeTruthy();
    // The window has had its answer, and it shows nothing.
    await answered();
    expect(document.querySelector('[data-library-banner]')).toBeNull();
  });
});
