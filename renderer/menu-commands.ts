import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../shared/i18n/menu';
import { api } from './api';

/**
 * The application menu's commands (Arkiv → Ny, Importera, Exportera, Skriv
 * ut; Redigera → Ångra, Gör om; electron/menu.ts) reach the page through the
 * contract's `waitForMenuCommand`, which the page keeps asking: no push
 * channel, no new privilege. One loop per window, started once, so React's
 * doubled effects cannot take a command twice; the components that can act
 * on a command listen with {@link useMenuCommand}.
 */
const listeners = new Set<(command: MenuCommand) => void>();
let asking = false;

/** Takes the menu's commands one after another while the page lives; null (no menu, as in a browser) or a failure ends it. */
export function startMenuCommands(): void {
  if (asking) return;
  asking = true;
  void (async () => {
    for (;;) {
      const command = await api.waitForMenuCommand().catch(() => null);
      if (command === null) return;
      for (const listener of [...listeners]) listener(command);
    }
  })();
}

/** Calls `handle` with each menu command while the component is mounted. */
export function useMenuCommand(handle: (command: MenuCommand) => void): void {
  const latest = useRef(handle);
  useEffect(() => {
    latest.current = handle;
  });
  useEffect(() => {
    const listener = (command: MenuCommand) => latest.current(command);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
}

/** "Importera" chosen away from the start page: the start page opens its file dialog once it is shown. */
let importAsked = false;

export function askForImport(): void {
  importAsked = true;
}

/** True once after {@link askForImport}: the start page takes the request. */
export function takeImportRequest(): boolean {
  const asked = importAsked;
  importAsked = false;
  return asked;
}
