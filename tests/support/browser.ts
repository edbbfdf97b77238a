import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures';

/** Debian's Chromium; playwright-core never downloads a browser of its own. */
export const CHROMIUM = process.env.SAMVERKA_CHROMIUM ?? '/usr/bin/chromium';

/** Where e2e screenshots go, for a person to look at (elsewhere when two builds are compared side by side). */
export const SCREENSHOT_DIR = process.env.SAMVERKA_SCREENSHOT_DIR ?? path.join(ROOT, 'test-results/e2e');

/** Headless Chromium with a fresh profile and no traffic of its own on this closed network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // As the app does (electron/main.ts): date inputs read ÅÅÅÅ-MM-DD.
      '--lang=sv-SE',
    ],
    // playwright-core gives every launch a fresh temporary --user-data-dir of its own.
  });
}

/** Collects what the page reports as broken: uncaught errors, console errors, CSP violations. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return problems;
}

export async function screenshot(page: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  // A page is taken whole; a locator (one section of the editor) as it is on screen, at full size.
  if ('goto' in page) await page.screenshot({ path: file, fullPage: true });
  else await page.screenshot({ path: file });
  return file;
}

/**
 * Waits until the element `locator` finds has focus in its page (e2e tier).
 * The app moves focus in an effect after a render, so a single read of
 * `document.activeElement` races it; this polls in the page until it holds
 * (within Playwright's own timeout) and fails naming what has focus instead.
 */
export async function expectPageFocused(locator: Locator): Promise<void> {
  const element = await locator.elementHandle();
  try {
    await locator.page().waitForFunction((expected) => document.activeElement === expected, element);
  } catch (error) {
    const focused = await locator.page().evaluate(() => {
      const active = document.activeElement;
      return active ? `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}> “${(active.textContent ?? '').trim().slice(0, 60)}”` : 'nothing';
    });
    throw new Error(`Expected focus on ${String(locator)}, but it is on ${focused}.`, { cause: error });
  } finally {
    await element?.dispose();
  }
}
