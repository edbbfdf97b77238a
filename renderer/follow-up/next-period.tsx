import { nextPeriodOf } from '../../shared/draft/links';
import type { Draft, DraftSummary } from '../../shared/draft/schema';
import { formatPeriodYears } from '../../shared/calendar';
import { NEXT_PERIOD_TEXT } from '../../shared/i18n/follow-up';
import { api } from '../api';
import { InlineConfirm } from '../components/inline-confirm';
import { useLibraryReadOnly } from '../components/library-banner';
import { SaveThenLink } from '../editor/side/save-then-link';
import { editorHref, navigate } from '../routing';

/**
 * "Starta nästa period", asked in place, for a signed draft: the Node side
 * stores a new utkast from the draft (period moved forward, follow-up
 * cleared, finished activities marked for review, signing dates cleared,
 * linked to this one), and its editor opens. What was typed is saved first;
 * when that fails nothing is started and the question says so.
 *
 * A draft has one next period: once the library (`summaries`) has it, the
 * button is a link to it. Another window still showing the button gets the
 * same draft from the store, never a second one. A klar draft is told that
 * the next period comes once it is signed; for an utkast there is nothing.
 */
export function NextPeriodControl({ draft, summaries, flush, className, buttonClass = 'button button--secondary button--wide' }: {
  draft: Pick<Draft, 'id' | 'kind' | 'status' | 'period'>;
  /** The library's drafts, as last read (where the next period is looked for). */
  summaries: readonly DraftSummary[];
  flush: () => Promise<boolean>;
  className: string;
  buttonClass?: string;
}) {
  const readOnly = useLibraryReadOnly();
  if (draft.status === 'utkast') return null;
  if (draft.status === 'klar') {
    return (
      <div className={className}>
        <p className="panel__hint">{NEXT_PERIOD_TEXT.notSigned}</p>
      </div>
    );
  }
  // The library's summary of this draft names what it revises: a new revision leads to its original's next period.
  const next = nextPeriodOf(summaries.find((summary) => summary.id === draft.id) ?? { ...draft, relatedIds: [] }, summaries);
  if (next) {
    return (
      <SaveThenLink className={className} href={editorHref(next.id)} flush={flush} notSaved={NEXT_PERIOD_TEXT.openNotSaved} linkClassName={buttonClass}>
        {NEXT_PERIOD_TEXT.open(formatPeriodYears(next.period))}
      </SaveThenLink>
    );
  }
  if (readOnly) {
    return (
      <div className={className}>
        <p className="panel__hint">{NEXT_PERIOD_TEXT.readOnly}</p>
      </div>
    );
  }
  const start = async () => {
    if (!(await flush())) throw new Error(NEXT_PERIOD_TEXT.notSaved);
    const started = await api.startNextPeriod(draft.id);
    navigate(editorHref(started.id));
  };
  return (
    <InlineConfirm
      className={className}
      questionId="next-period-question"
      text={{ ...NEXT_PERIOD_TEXT, question: NEXT_PERIOD_TEXT.question(draft.kind) }}
      hint={NEXT_PERIOD_TEXT.hint}
      buttonClass={buttonClass}
      onConfirm={start}
    />
  );
}
