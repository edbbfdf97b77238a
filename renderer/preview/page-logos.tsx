import type { OutlineLogo } from '../../shared/documents/document-outline';
import { logoDataUrl } from '../../shared/draft/image';
import styles from './page-logos.module.css';

/**
 * The parties' logos in the first sheet's top margin, where Word puts them:
 * the row's top at the header's distance from the page's edge, each logo at
 * the size and left edge the outline gives (in points), standing on one
 * baseline as inline pictures in Word do. Sizes and places are the outline's
 * (`LOGO_ROW`), so this only sets them; the images are `data:` URLs, which
 * the renderer's Content-Security-Policy allows (`img-src 'self' data:`).
 * Each carries its text alternative, read before the title, as the Word
 * document's header comes before its body.
 */
export function PageLogos({ logos }: { logos: readonly OutlineLogo[] }) {
  if (logos.length === 0) return null;
  const height = Math.max(...logos.map((logo) => logo.height));
  return (
    <div className={styles.logos} style={{ height: `${height}pt` }}>
      {logos.map((logo, i) => (
        <img
          key={i}
          className={styles.logo}
          src={logoDataUrl(logo)}
          alt={logo.alt}
          style={{ left: `${logo.left}pt`, width: `${logo.width}pt`, height: `${logo.height}pt` }}
        />
      ))}
    </div>
  );
}
