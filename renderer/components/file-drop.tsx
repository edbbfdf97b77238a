import { useCallback, useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../shared/draft/limits';
import { FILE_DROP_TEXT } from '../../shared/i18n/sharing';
import { READ_MESSAGE } from '../../shared/i18n/draft-file';
import type { ImportPreview, ReceiveChoices } from '../../shared/ipc/contract';
import { api } from '../api';
import { waitForPendingSaves } from '../editor/use-autosave';
import { editorHref, navigate, startHref } from '../routing';
import { ImportPanel, type ImportMode, type ImportState } from '../start/import-draft';
import { messageOf } from './messages';

/** Whether a drag carries files (not text or a link dragged within the page, which keep their default). */
const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

/**
 * Takes every file dropped anywhere on the window: the browser's default,
 * opening the file as a page (in Electron, a `file:` page with our preload),
 * never happens; `onFiles` gets the files instead. Drags of text or links
 * are left alone, so dragging a selection into a text field still works.
 * The main process refuses such a navigation too (electron/window.ts); this
 * is what makes a drop do something useful.
 */
export function useWindowFileDrop(onFiles: (files: File[]) => void): void {
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Cancelling dragover is what makes the window a drop target, so that drop fires here and not as navigation.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      latest.current(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}

/** Whether a file's name says it is a shared draft (`<namn>.samverka.json`). */
export const isDraftFileName = (name: string) => name.toLowerCase().endsWith(FILE_DROP_TEXT.draftSuffix);

/** Bytes as base64, in pieces, so that a file of megabytes does not overflow `String.fromCharCode`'s arguments. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export interface FileDropProps {
  /**
   * Reads and validates a dropped draft file's bytes (base64) on the Node
   * side exactly as `pickImport` reads a picked file (size, UTF-8, JSON,
   * migration, schema), and keeps it for `completeImport`: the contract's
   * `readImport`. The bytes go as they are, not decoded here, so a file that
   * is not UTF-8 is refused as the button refuses it. The renderer hands
   * over only what the user dropped; no path crosses.
   */
  readImport: (fileName: string, contentBase64: string) => Promise<ImportPreview>;
}

/**
 * Files dropped on the window. A shared draft (`.samverka.json`) starts
 * "Importera utkast" with that file on the start page: the same panel,
 * checks and choices as the start page's button, its file read and
 * validated by the same reader on the Node side. Anything else is not
 * opened, and a Swedish message says so. Mounted once, in the app's frame.
 */
export function FileDrop({ readImport }: FileDropProps) {
  const [state, setState] = useState<ImportState>({ step: 'closed' });
  const [notice, setNotice] = useState<string | null>(null);
  const busy = state.step === 'picking' || state.step === 'importing';
  /** Where focus was when the file was dropped; it goes back there when the panel closes. */
  const focusBefore = useRef<HTMLElement | null>(null);

  const read = useCallback(
    async (file: File) => {
      // The import lives on the start page; an editor that was open closes and saves what it has first.
      navigate(startHref());
      if (file.size > LIMITS.fileBytes) {
        setState({ step: 'refused', message: READ_MESSAGE.tooLarge(file.size) });
        return;
      }
      setState({ step: 'picking' });
      try {
        const preview = await readImport(file.name, toBase64(new Uint8Array(await file.arrayBuffer())));
        setState({ step: 'preview', preview, problem: null });
      } catch (error) {
        setState({ step: 'refused', message: messageOf(error) });
      }
    },
    [readImport],
  );

  const onFiles = useCallback(
    (files: File[]) => {
      // A drop while a file is being read or stored waits for nothing and changes nothing.
      if (busy || files.length === 0) return;
      focusBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (files.length > 1) return setNotice(FILE_DROP_TEXT.several(files.length));
      const [file] = files;
      if (!isDraftFileName(file.name)) return setNotice(FILE_DROP_TEXT.notDraft(file.name));
      setNotice(null);
      void read(file);
    },
    [busy, read],
  );
  useWindowFileDrop(onFiles);

  const complete = useCallback(async (preview: ImportPreview, mode: ImportMode, choices?: ReceiveChoices) => {
    setState({ step: 'importing', preview });
    try {
      // "Ersätt" and "Ta emot ändringar" keep the library's draft in its history first: that must be the draft as last saved.
      await waitForPendingSaves();
      // No third argument without choices: the test hosts carry the arguments as JSON, where an undefined one arrives as null.
      const draft = await (choices ? api.completeImport(preview.token, mode, choices) : api.completeImport(preview.token, mode));
      setState({ step: 'closed' });
      navigate(editorHref(draft.id));
    } catch (error) {
      setState({ step: 'preview', preview, problem: messageOf(error) });
    }
  }, []);

  /** "Välj en annan fil": the start page's file dialog, as its button opens it. */
  const pickAnother = useCallback(async () => {
    setState({ step: 'picking' });
    try {
      const preview = await api.pickImport();
      setState(preview ? { step: 'preview', preview, problem: null } : { step: 'closed' });
    } catch (error) {
      setState({ step: 'refused', message: messageOf(error) });
    }
  }, []);

  const close = useCallback(() => {
    setState({ step: 'closed' });
    const before = focusBefore.current;
    // Back where it was; on the start page the file came to, its heading.
    if (before?.isConnected) before.focus();
    else document.querySelector<HTMLElement>('#main h1')?.focus();
  }, []);

  return (
    <>
      {notice && (
        <div className="notice notice--error notice--block" role="alert">
          <p className="notice__text">{notice}</p>
          <div className="notice__actions">
            <button type="button" className="button button--quiet" onClick={() => setNotice(null)}>
              {FILE_DROP_TEXT.close}
            </button>
          </div>
        </div>
      )}
      <ImportPanel state={state} onComplete={(preview, mode, choices) => void complete(preview, mode, choices)} onPickAgain={() => void pickAnother()} onClose={close} />
    </>
  );
}
