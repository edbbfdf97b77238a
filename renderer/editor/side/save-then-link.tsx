import { useState, type MouseEvent, type ReactNode } from 'react';
import { navigate } from '../../routing';
import { classNames } from '../../class-names';
import styles from './save-then-link.module.css';

/**
 * A link away from the editor (to "Versioner", the print preview, the
 * follow-up, another draft): what was just typed is saved first, so the page
 * it opens shows it; when that save fails the editor stays open (leaving
 * would drop the text) and says so.
 */
export function SaveThenLink({ href, flush, notSaved, className, linkClassName, children }: {
  href: string;
  flush: () => Promise<boolean>;
  /** Said when the save failed and the editor stayed open. */
  notSaved: string;
  /** The wrapper's class; without it the link and its message stand where the caller puts them. */
  className?: string;
  linkClassName?: string;
  children: ReactNode;
}) {
  const [failed, setFailed] = useState(false);

  const open = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setFailed(false);
    if (await flush()) navigate(href);
    else setFailed(true);
  };

  const content = (
    <>
      <a className={linkClassName} href={href} onClick={(event) => void open(event)}>
        {children}
      </a>
      {failed && (
        <p className={classNames('notice', 'notice--error', styles.problem)} role="alert">
          {notSaved}
        </p>
      )}
    </>
  );
  return className ? <div className={className}>{content}</div> : content;
}
