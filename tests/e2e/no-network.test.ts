import { beforeAll, describe, expect, it } from 'vitest';
import { useAppSession } from './session';

/**
 * The app makes no network request: every request the page makes, from
 * start-up through creating a draft, exporting Word and PDF and printing, is
 * to the app's own origin (the browser host here, `app://samverka` in
 * Electron, whose session filter cancels anything else: tests/main), or a
 * `data:`/`blob:` URL that never leaves the page (the logos, a dropped file).
 */
describe('no request leaves the app', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  const requests: string[] = [];

  beforeAll(async () => {
    app.page.context().on('request', (request) => requests.push(request.url()));
  });

  const foreign = () => {
    const own = new URL(app.host.url).origin;
    return requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own);
  };

  it('at start-up, when creating a draft, exporting and printing', async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();
    await app.page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true }).fill('Medborgarlöfte för Åmål 2027');
    const created = requests.length;

    await app.page.getByRole('button', { name: 'Exportera till Word', exact: true }).click();
    await app.page.getByText(/^Exporterad: .*\.docx$/u).waitFor();
    await app.page.getByRole('button', { name: 'Exportera PDF', exact: true }).click();
    await app.page.getByText(/^Exporterad: .*\.pdf$/u).waitFor();
    await app.page.getByRole('link', { name: 'Skriv ut …', exact: true }).click();
    await app.page.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await app.page.getByText('Dokumentet skickades till skrivaren.', { exact: true }).waitFor();

    // The page did talk to its host all along (so the recording works), and to nothing else.
    expect(created).toBeGreaterThan(5);
    expect(requests.length).toBeGreaterThan(created);
    expect(foreign()).toEqual([]);
    expect(app.problems).toEqual([]);
  });
});
