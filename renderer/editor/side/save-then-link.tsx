import { useState, type MouseEvent } from 'react';
import { navigate } from '../../routing';

/**
 * A link away from the editor (to "Versioner", the print preview, the
 * follow-up): what was just typed is saved first, so the page it opens shows
 * it; when that save fails the editor stays open (leaving would drop the
 * text) and says so.
 */
export function SaveThenLink({ href, flush, label, notSaved, className, linkClassName }: {
  href: string;
  flush: () => Promise<boolean>;
  label: string;
  /** Said when the save failed and the editor stayed open. */
  notSaved: string;
  className: string;
  linkClassName: string;
}) {
  const [failed, setFailed] = useState(false);

  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setFailed(false);
    if (await flush()) navigate(href);
    else setFailed(true);
  };

  return (
    <div className={className}>
      <a className={linkClassName} href={href} onClick={(event) => void open(event)}>
        {label}
      </a>
      {failed && (
        <p className="notice notice--error save-then-link__problem" role="alert">
          {notSaved}
        </p>
      )}
    </div>
  );
}
