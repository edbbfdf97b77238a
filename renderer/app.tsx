import { useEffect } from 'react';
import { DRAFT_KINDS } from '../shared/draft/vocabulary';
import { APP_TEXT } from '../shared/i18n/app';
import { NEW_DRAFT_COMMAND } from '../shared/i18n/menu';
import { api } from './api';
import { messageOf } from './components/messages';
import { askForImport, startMenuCommands, useMenuCommand } from './menu-commands';
import { ErrorBoundary } from './components/error-boundary';
import { LibraryBanner, StartupNotices } from './components/library-banner';
import { DataPage } from './data/data-page';
import { EditorPage } from './editor/editor-page';
import { dataHref, editorHref, navigate, startHref, useRoute, type Route } from './routing';
import { StartPage } from './start/start-page';
import { VersionsPage } from './versions/versions-page';
import { PrintPage } from './print/print-page';
import { DocumentPage } from './document/document-page';
import { FollowUpPage } from './follow-up/follow-up-page';
import { FileDrop } from './components/file-drop';
import { classNames } from './class-names';
import styles from './app.module.css';

/** The pages of the app's window (a print window's document has no window around it). */
type ShellPage = Exclude<Route['page'], 'document'>;

/** The pages with columns use more of a wide window than the others; the shell chooses by the route. */
const WIDE_PAGE: Record<ShellPage, boolean> = {
  start: false,
  data: false,
  'not-found': false,
  editor: true,
  versions: true,
  print: true,
  'follow-up': true,
};

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'editor':
      return <EditorPage key={route.draftId} draftId={route.draftId} />;
    case 'versions':
      return <VersionsPage key={route.draftId} draftId={route.draftId} />;
    case 'print':
      return <PrintPage key={route.draftId} draftId={route.draftId} />;
    case 'follow-up':
      return <FollowUpPage key={route.draftId} draftId={route.draftId} />;
    case 'document':
      return <DocumentPage key={route.draftId} target={route.target} />;
    case 'data':
      return <DataPage />;
    case 'not-found':
      return (
        <div className={styles.notFound}>
          <h1 className="page-title">{APP_TEXT.notFoundTitle}</h1>
          <p>{APP_TEXT.notFoundText}</p>
          <a className="button button--secondary" href={startHref()}>
            {APP_TEXT.backToStart}
          </a>
        </div>
      );
  }
}

/** The window: a header, and the page the hash names. */
export function App() {
  const route = useRoute();
  const routeKey = 'draftId' in route ? `${route.page}:${route.draftId}` : route.page;
  // The menu's commands go to the main window's page only: a hidden print window must never take them.
  useEffect(() => {
    if (route.page !== 'document') startMenuCommands();
  }, [route.page]);
  useMenuCommand((command) => {
    const newKind = DRAFT_KINDS.find((kind) => NEW_DRAFT_COMMAND[kind] === command);
    if (newKind) {
      api.createDraft(newKind).then(
        (draft) => navigate(editorHref(draft.id)),
        (error: unknown) => window.alert(messageOf(error)),
      );
    } else if (command === 'import' && route.page !== 'start') {
      // The import lives on the start page; it opens the file dialog once it is shown.
      askForImport();
      navigate(startHref());
    }
  });
  // A print window's page: the document alone, nothing of the app around it.
  if (route.page === 'document') {
    return (
      <ErrorBoundary resetKey={routeKey}>
        <Page route={route} />
      </ErrorBoundary>
    );
  }
  return (
    <div className={classNames(styles.app, WIDE_PAGE[route.page] && styles.wide)}>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <a className={styles.name} href={startHref()}>
            {APP_TEXT.name}
          </a>
          <span className={styles.tagline}>{APP_TEXT.tagline}</span>
          <a className={styles.link} href={dataHref()}>
            {APP_TEXT.dataFolder}
          </a>
        </div>
      </header>
      <LibraryBanner />
      <StartupNotices />
      <main className={styles.main} id="main">
        <FileDrop readImport={api.readImport} />
        <ErrorBoundary resetKey={routeKey}>
          <Page route={route} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
