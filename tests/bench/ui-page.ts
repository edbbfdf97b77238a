import type { CDPSession, Page } from 'playwright-core';

/**
 * What `npm run bench:ui` reads from a page: its renderer's main-thread work
 * (Chromium's own counters through CDP), when it is idle again, and the
 * moments it shows what was typed or a list was painted (read in the page,
 * on the page's clock).
 */

/** Waits until the page has drawn two frames and then had two idle periods in a row: the work a change set off is done. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (left: number) => requestIdleCallback(() => (left > 1 ? idle(left - 1) : resolve()));
        requestAnimationFrame(() => requestAnimationFrame(() => idle(2)));
      }),
  );
}

/**
 * Main-thread time of a stretch, in ms: all its tasks by the clock, the
 * script, style and layout work among them, and the tasks' CPU time (which a
 * loaded machine does not stretch: the clock's time also counts what other
 * processes took from the thread).
 */
export interface Work {
  task: number;
  script: number;
  style: number;
  layout: number;
  cpu: number;
}

type Metrics = (name: string) => number;

/**
 * The renderer's main-thread counters (CDP `Performance.getMetrics`: the
 * time of its tasks, script, style recalculation and layout so far), by the
 * clock and in CPU time (two CDP sessions, one per time domain). Each
 * benchmark page has a browser, so a renderer, of its own.
 */
export class MainThread {
  private constructor(
    private readonly clock: CDPSession,
    private readonly thread: CDPSession,
  ) {}

  static async of(page: Page): Promise<MainThread> {
    const session = async (timeDomain: 'timeTicks' | 'threadTicks') => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable', { timeDomain });
      return cdp;
    };
    return new MainThread(await session('timeTicks'), await session('threadTicks'));
  }

  private static async metrics(cdp: CDPSession): Promise<Metrics> {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (name) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  }

  async read(): Promise<Work> {
    const [clock, thread] = await Promise.all([MainThread.metrics(this.clock), MainThread.metrics(this.thread)]);
    return {
      task: clock('TaskDuration') * 1000,
      script: clock('ScriptDuration') * 1000,
      style: clock('RecalcStyleDuration') * 1000,
      layout: clock('LayoutDuration') * 1000,
      cpu: thread('TaskDuration') * 1000,
    };
  }
}

export const workBetween = (before: Work, after: Work): Work => ({
  task: after.task - before.task,
  script: after.script - before.script,
  style: after.style - before.style,
  layout: after.layout - before.layout,
  cpu: after.cpu - before.cpu,
});

/** Text as the preview's sheets are compared with it: without white space, which line breaks and page breaks move. */
export const squeeze = (text: string) => text.replace(/[\s\u00ad\u200b]+/g, '');

/** What {@link pageHelpers} puts on the page's window. */
interface BenchWindow {
  bench: {
    /** The text of the preview's sheets (not its hidden measuring column), squeezed as {@link squeeze} does. */
    sheetsText(): string;
    /** Calls `done` with the page's time once the frame after now has been drawn. */
    afterPaint(done: (at: number) => void): void;
    /** Calls `done` once the start page shows a row (a draft's link). */
    whenRow(done: () => void): void;
    painted?: number;
    preview?: Promise<number>;
  };
}

/**
 * Installs the page side of the benchmark in every document `page` loads,
 * before the app's scripts; call before its first navigation. On the app's
 * pages it records in `bench.painted` when the start page's first row was
 * painted, on the clock that starts at the navigation.
 */
export async function preparePage(page: Page): Promise<void> {
  // tsx (esbuild's keepNames) wraps the functions below and those given to page.evaluate in __name(), which pages lack.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(pageHelpers);
}

/** The page side (an init script: it runs in the page and can use nothing of this module). */
function pageHelpers(): void {
  const ROW_LINK = 'a[href^="#/utkast/"]';
  const bench: BenchWindow['bench'] = {
    sheetsText: () =>
      Array.from(document.querySelectorAll('[data-sheet]'), (sheet) => sheet.textContent ?? '')
        .join('')
        .replace(/[\s\u00ad\u200b]+/g, ''),
    afterPaint: (done) =>
      requestAnimationFrame(() => {
        // A message posted in a frame's callbacks is handled once that frame has been drawn.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now());
        channel.port2.postMessage(null);
      }),
    whenRow: (done) => {
      if (document.querySelector(ROW_LINK)) return done();
      const observer = new MutationObserver(() => {
        if (!document.querySelector(ROW_LINK)) return;
        observer.disconnect();
        done();
      });
      observer.observe(document, { subtree: true, childList: true });
    },
  };
  (window as unknown as BenchWindow).bench = bench;
  if (location.protocol.startsWith('http')) bench.whenRow(() => bench.afterPaint((at) => (bench.painted = at)));
}

/**
 * What the preview's sheets show right after the field's text (the next piece's
 * first characters), so that "the preview shows what was typed" cannot be met
 * by the old text followed by a piece that happens to begin with the key typed.
 * Waits until the sheets show `value`; throws when they show it more than once.
 */
export async function previewFollower(page: Page, value: string): Promise<string> {
  const key = squeeze(value).slice(1);
  await page.waitForFunction((key) => (window as unknown as BenchWindow).bench.sheetsText().includes(key), key, { timeout: 120_000 });
  const text = await page.evaluate(() => (window as unknown as BenchWindow).bench.sheetsText());
  const count = text.split(key).length - 1;
  if (count !== 1) throw new Error(`The preview shows the field's text ${count} times, not once: ${value.slice(0, 60)}…`);
  const at = text.indexOf(key) + key.length;
  return text.slice(at, at + 12);
}

/**
 * Starts watching for the next keydown and then for the preview's sheets to
 * show `expected` (the field's text after the key, squeezed, its first
 * character dropped since print may capitalise it, followed by
 * {@link previewFollower}); {@link previewShown} gives the time between. The
 * sheets are read once in each frame in which the page's DOM changed, as that
 * frame is drawn: the time is to the first frame that shows the key.
 */
export async function watchPreview(page: Page, expected: string): Promise<void> {
  await page.evaluate((expected) => {
    const bench = (window as unknown as BenchWindow).bench;
    bench.preview = new Promise<number>((resolve, reject) => {
      let keyAt: number | null = null;
      let frameAsked = false;
      const observer = new MutationObserver(() => {
        if (keyAt === null || frameAsked) return;
        frameAsked = true;
        requestAnimationFrame((frameAt) => {
          frameAsked = false;
          if (keyAt === null || !bench.sheetsText().includes(expected)) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve(frameAt - keyAt);
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      // The key's own time stamp: when the input event was made, on the page's clock.
      window.addEventListener('keydown', (event) => void (keyAt = event.timeStamp), { capture: true, once: true });
      const timeout = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`the preview did not show “…${expected.slice(-30)}” within 60 s of the key`));
      }, 60_000);
    });
  }, expected);
}

/** Milliseconds from the key's keydown to the frame whose DOM shows what {@link watchPreview} waits for. */
export async function previewShown(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as BenchWindow).bench.preview!);
}

/** Loads the app at `url` afresh (from a blank page) and gives the ms from navigation to the start page's first row painted. */
export async function loadToPaintedList(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const painted = await page.waitForFunction(() => (window as unknown as BenchWindow).bench?.painted, undefined, { polling: 50, timeout: 120_000 });
  return (await painted.jsonValue()) as number;
}

/**
 * From another page of the app (a hash that is no page), navigates back to
 * `#/` as the app's own links do and gives the ms until the first row is painted.
 */
export async function returnToPaintedList(page: Page): Promise<number> {
  await page.evaluate(() => void (location.hash = '#/finns-inte'));
  await page.waitForFunction(() => !document.querySelector('a[href^="#/utkast/"]'));
  await settle(page);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const bench = (window as unknown as BenchWindow).bench;
        const start = performance.now();
        bench.whenRow(() => bench.afterPaint((at) => resolve(at - start)));
        location.hash = '#/';
      }),
  );
}
