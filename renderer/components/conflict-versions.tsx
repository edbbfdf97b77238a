import styles from './conflict-versions.module.css';

/**
 * A conflict's two versions side by side (one above the other where there is
 * no room), each under its label: the editor's "Ändringar att välja" and
 * "Ta emot ändringar" show a conflict alike.
 */
export function ConflictVersions({ ours, theirs, labels }: { ours: string; theirs: string; labels: { ours: string; theirs: string } }) {
  return (
    <dl className={styles.versions}>
      <div className={styles.version}>
        <dt>{labels.ours}</dt>
        <dd>{ours}</dd>
      </div>
      <div className={styles.version}>
        <dt>{labels.theirs}</dt>
        <dd>{theirs}</dd>
      </div>
    </dl>
  );
}
