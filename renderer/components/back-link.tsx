import styles from './back-link.module.css';

/** "← Till utkastet" and the like: the way back, above a page's heading; the arrow is not read out. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <nav className={styles.nav}>
      <a className={styles.link} href={href}>
        <span aria-hidden="true">← </span>
        {children}
      </a>
    </nav>
  );
}
