import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileDrop, isDraftFileName, toBase64 } from '../../../renderer/components/file-drop';
import { LIMITS } from '../../../shared/draft/limits';
import type { ImportPreview } from '../../../shared/ipc/contract';
import { expectFocused } from '../../support/focus';

/**
 * The drop handling alone, in jsdom: which drops are taken from the browser
 * (so a file is never opened as a page), which file goes to `readImport` and
 * in what form. tests/e2e/file-drop.test.ts drops real files in Chromium.
 */
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

/** A drag event as the browser fires it for files from outside: `dataTransfer` with the files and the type "Files". */
function fileDrag(type: 'dragover' | 'drop', files: File[], types = ['Files']): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types, files, dropEffect: 'none' } });
  return event;
}

const preview = (fileName: string): ImportPreview => ({
  token: 't1',
  fileName,
  draft: { id: 'd1', kind: 'medborgarlofte', title: 'Löfte', status: 'utkast', period: { start: null, end: null }, updatedAt: '2026-01-01T00:00:00.000Z', relatedIds: [] } as unknown as ImportPreview['draft'],
  fileStatus: 'utkast',
  existing: null,
  receive: null,
});

describe('FileDrop', () => {
  it('takes every file drag and drop from the browser, and leaves text drags alone', () => {
    render(<FileDrop readImport={vi.fn()} />);
    expect(window.dispatchEvent(fileDrag('dragover', []))).toBe(false);
    expect(window.dispatchEvent(fileDrag('drop', [new File(['x'], 'a.html')]))).toBe(false);
    expect(window.dispatchEvent(fileDrag('dragover', [], ['text/plain']))).toBe(true);
    expect(window.dispatchEvent(fileDrag('drop', [], ['text/plain']))).toBe(true);
  });

  it('opens nothing but a shared draft, and says so in Swedish', async () => {
    const readImport = vi.fn();
    render(<FileDrop readImport={readImport} />);
    await act(async () => void window.dispatchEvent(fileDrag('drop', [new File(['<script></script>'], 'inbjudan.html', { type: 'text/html' })])));
    expect(screen.getByRole('alert').textContent).toContain('”inbjudan.html” öppnades inte.');
    expect(readImport).not.toHaveBeenCalled();
  });

  it('hands a shared draft\u2019s bytes, as they are, to readImport and shows what it holds', async () => {
    const readImport = vi.fn(async (fileName: string) => preview(fileName));
    render(<FileDrop readImport={readImport} />);
    const bytes = new Uint8Array([0x7b, 0x22, 0xf6, 0x22, 0x7d]); // {"ö"} in Windows-1252: not UTF-8, and sent as it is.
    await act(async () => void window.dispatchEvent(fileDrag('drop', [new File([bytes], 'Utkast.SAMVERKA.json')])));
    expect(readImport).toHaveBeenCalledWith('Utkast.SAMVERKA.json', toBase64(bytes));
    expect(await screen.findByText('Filen ”Utkast.SAMVERKA.json” innehåller:')).toBeTruthy();
    expect(window.location.hash).toBe('#/');
  });

  it('gives focus to the page\'s heading when the panel closes and where focus was is gone (the editor the file was dropped on)', async () => {
    const readImport = vi.fn(async (fileName: string) => preview(fileName));
    render(
      <>
        <main id="main">
          <h1 tabIndex={-1}>Alla dokument</h1>
        </main>
        <FileDrop readImport={readImport} />
      </>,
    );
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    await act(async () => void window.dispatchEvent(fileDrag('drop', [new File(['{}'], 'utkast.samverka.json')])));
    await screen.findByText('Filen ”utkast.samverka.json” innehåller:');
    field.remove();
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    await expectFocused(() => screen.getByRole('heading', { level: 1 }));
  });

  it('refuses a file over the size limit before reading it', async () => {
    const readImport = vi.fn();
    render(<FileDrop readImport={readImport} />);
    const huge = new File(['x'], 'stor.samverka.json');
    Object.defineProperty(huge, 'size', { value: LIMITS.fileBytes + 1 });
    await act(async () => void window.dispatchEvent(fileDrag('drop', [huge])));
    expect(screen.getByRole('alert').textContent).toMatch(/Filen är för stor/);
    expect(readImport).not.toHaveBeenCalled();
  });
});

describe('helpers', () => {
  it('knows a shared draft by its name', () => {
    expect(isDraftFileName('a.samverka.json')).toBe(true);
    expect(isDraftFileName('A.SAMVERKA.JSON')).toBe(true);
    expect(isDraftFileName('a.json')).toBe(false);
    expect(isDraftFileName('a.samverka.json.html')).toBe(false);
  });

  it('encodes bytes as base64, in pieces', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });
});
