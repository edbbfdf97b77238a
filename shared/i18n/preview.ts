/** The document's preview: renderer/preview, and the editor's preview panel that shows it. */

export const PREVIEW_TEXT = {
  heading: 'Förhandsvisning',
  toggle: 'Visa förhandsvisning',
  unavailable: 'Förhandsvisningen finns inte i den här versionen av Samverka.',
  /** The preview component's own words (renderer/preview), so they can live here too. */
  label: 'Förhandsvisning',
  pageCount: (pages: number) => (pages === 1 ? '1 sida' : `${pages} sidor`),
  actualSize: 'Verklig storlek',
  scale: (percent: number) => `${percent} %`,
  hint: 'Så här blir dokumentet på papper. Sidbrytningarna är ungefärliga.',
} as const;
