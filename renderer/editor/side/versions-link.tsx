import { useState, type MouseEvent } from 'react';
import { VERSIONS_TEXT } from '../../../shared/i18n/ui';
import { navigate, versionsHref } from '../../routing';

/**
 * "Versioner": the way to the draft's kept versions. What was just typed is
 * saved first, so the list ends with it; when that save fails the editor
 * stays open (leaving would drop the text) and says so.
 */
export function VersionsLink({ draftId, flush }: { draftId: string; flush: () => Promise<boolean> }) {
  const [notSaved, setNotSaved] = useState(false);
  const href = versionsHref(draftId);

  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setNotSaved(false);
    if (await flush()) navigate(href);
    else setNotSaved(true);
  };

  return (
    <div className="versions-link">
      <a className="versions-link__link" href={href} onClick={(event) => void open(event)}>
        {VERSIONS_TEXT.link}
      </a>
      {notSaved && (
        <p className="notice notice--error versions-link__problem" role="alert">
          {VERSIONS_TEXT.linkNotSaved}
        </p>
      )}
    </div>
  );
}
