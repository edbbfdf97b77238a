import type { DraftStatus } from '../../shared/draft/schema';
import { STATUS_LABEL } from '../../shared/i18n/terms';
import { classNames } from '../class-names';
import styles from './status-tag.module.css';

const STATUS_CLASS: Record<DraftStatus, string | null> = { utkast: null, klar: styles.klar, undertecknad: styles.undertecknad };

/** A draft's status in words, as a pill coloured by the status; `className` sizes it where it sits. */
export function StatusTag({ status, className }: { status: DraftStatus; className?: string }) {
  return <span className={classNames(styles.tag, STATUS_CLASS[status], className)}>{STATUS_LABEL[status]}</span>;
}
