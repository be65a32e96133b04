/**
 * Printing from the page, for a reader with no Node at hand. reveal's print view (`?view=print`)
 * lays each slide out on a 1280×720 page of its own; opened with `&print=dialog` it opens the
 * browser's print dialog by itself once every page, font and chart is drawn, so "Save as PDF"
 * there gives the pages `npm run export:pdf` makes. The toolbar's print button and Ctrl/⌘+P open
 * it in a new tab: the talk stays where it was.
 */
const DIALOG = 'dialog';

/** The print view of this page: its language and options kept, the slide dropped (it prints them all). */
export function printViewUrl(url: URL = new URL(window.location.href)): string {
  const next = new URL(url.href);
  next.hash = '';
  next.searchParams.set('view', 'print');
  next.searchParams.set('print', DIALOG);
  return next.href;
}

export function wantsPrintDialog(url: URL = new URL(window.location.href)): boolean {
  return url.searchParams.get('view') === 'print' && url.searchParams.get('print') === DIALOG;
}

export function openPrintView(): void {
  window.open(printViewUrl(), '_blank', 'noopener');
}

/** Every chart on the print pages drawn, checked each `interval` ms; false after `timeout` ms. */
function chartsDrawn(timeout: number, interval = 100): Promise<boolean> {
  const drawn = (): boolean =>
    [...document.querySelectorAll<HTMLElement>('[data-chart]')].every((chart) => chart.dataset.chartReady === 'true');
  return new Promise((done) => {
    const started = performance.now();
    const check = (): void => {
      if (drawn()) done(true);
      else if (performance.now() - started > timeout) done(false);
      else window.setTimeout(check, interval);
    };
    check();
  });
}

/**
 * Opens the print dialog once reveal has laid out the print pages (`laidOut`, its `pdf-ready`),
 * the fonts are in and every chart is drawn. A chart that never finishes still lets the reader
 * print, after `timeout` ms, rather than leaving them waiting on nothing.
 */
export async function printWhenDrawn(laidOut: Promise<unknown>, timeout = 30_000): Promise<void> {
  await laidOut;
  await document.fonts.ready;
  if (!(await chartsDrawn(timeout))) console.warn('Printing before every chart was drawn.');
  window.print();
}
