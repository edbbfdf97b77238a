import type { FollowUpStatus } from '../../shared/draft/schema';
import styles from './follow-up.module.css';

/** The class that colours an activity's row or a status's count by its follow-up status (follow-up.module.css). */
export const STATUS_CLASS: Record<FollowUpStatus, string | null> = {
  'ej-paborjad': null,
  pagar: styles.pagar,
  genomford: styles.genomford,
  'delvis-genomford': styles.delvisGenomford,
  'ej-genomford': styles.ejGenomford,
  installd: styles.installd,
};
