import { NEXT_PERIOD_TEXT } from '../../shared/i18n/follow-up';
import { api } from '../api';
import { InlineConfirm } from '../components/inline-confirm';
import { editorHref, navigate } from '../routing';

/**
 * "Starta nästa period", asked in place: the Node side stores a new utkast
 * from the draft (period moved forward, follow-up cleared, finished
 * activities marked for review, signing dates cleared, linked to this one),
 * and its editor opens. What was typed is saved first; when that fails
 * nothing is started and the question says so.
 */
export function NextPeriodControl({ draftId, flush, className, buttonClass = 'button button--secondary button--wide' }: {
  draftId: string;
  flush: () => Promise<boolean>;
  className: string;
  buttonClass?: string;
}) {
  const start = async () => {
    if (!(await flush())) throw new Error(NEXT_PERIOD_TEXT.notSaved);
    const next = await api.startNextPeriod(draftId);
    navigate(editorHref(next.id));
  };
  return (
    <InlineConfirm
      className={className}
      questionId="next-period-question"
      text={NEXT_PERIOD_TEXT}
      buttonClass={buttonClass}
      onConfirm={start}
    />
  );
}
