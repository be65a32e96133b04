/** The one place that wires the model, reveal.js and the interface together. */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import deck from 'virtual:deck';
import 'virtual:deck-fonts.css';
import './styles/theme.css';
import './styles/ui.css';
import './timeline/timeline.css';
import { bindKeys } from './deck/bind-keys';
import { activeEvents } from './deck/active-events';
import type { DeckCharts } from './deck/charts';
import { createHelpOverlay } from './deck/help-overlay';
import { keepForOffline } from './deck/keep-for-offline';
import { applyLanguage, languageFromUrl, languageUrl, otherLanguage } from './deck/language';
import { loadSlides } from './deck/load-slides';
import { localizeReveal } from './deck/localize-reveal';
import { mountSlides } from './deck/mount-slides';
import { followHashInScrollView, goToSlide, slideIdFromHash } from './deck/navigate';
import { openPrintView, printWhenDrawn, wantsPrintDialog } from './deck/print-view';
import { setReadingView } from './deck/reading-view';
import { revealConfig } from './deck/reveal-config';
import { connectSpeaker, openSpeakerView } from './deck/speaker-link';
import { createSearchPanel } from './deck/search-panel';
import { createSectionMenu } from './deck/section-menu';
import { onSlideChange } from './deck/position';
import { mountToolbar } from './deck/toolbar';
import { slideSizeFor } from './deck/viewport';

async function start(): Promise<void> {
  const lang = languageFromUrl();
  const slides = await loadSlides(deck, lang);
  const language = { ...deck.languages[lang], slides };
  applyLanguage(lang);
  document.title = `${language.title} · ${language.subtitle}`;

  const root = document.querySelector<HTMLElement>('.reveal')!;
  mountSlides(root.querySelector<HTMLElement>('.slides')!, language);

  const view = new URLSearchParams(window.location.search).get('view');
  const print = view === 'print';
  // reveal lays the print pages out, then says so on the window: listen before it starts.
  const laidOut = print ? new Promise((done) => window.addEventListener('pdf-ready', done, { once: true })) : null;
  const size = slideSizeFor(window.innerWidth, window.innerHeight, print);
  document.documentElement.classList.toggle('deck-narrow', size.narrow);
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reveal = new Reveal(root, revealConfig({ reducedMotion, ...size, reading: size.narrow || view === 'scroll' }));

  if (!print) {
    connectSpeaker(reveal, lang);
    keepForOffline();
  }

  // The charts (D3) load after the first slide is up; the deck tells them where the talk stands.
  let charts: DeckCharts | undefined;
  const eventOfSlide = activeEvents(
    slides.map((slide) => slide.id),
    (id) => slides.find((slide) => slide.id === id)?.event,
  );
  const activeEvent = (): string | null => eventOfSlide.get(reveal.getCurrentSlide()?.id ?? '') ?? null;
  onSlideChange(reveal, () => charts?.setActive(activeEvent()));
  // Leaving reveal's scroll view (also on a phone turned sideways) rebuilds the slides' DOM.
  reveal.on('resize', () => charts?.ensureMounted());
  const loadCharts = async (): Promise<void> => {
    const { mountCharts } = await import('./deck/charts');
    charts = mountCharts(root.querySelector<HTMLElement>('.slides')!, {
      deck,
      lang,
      transitions: !reducedMotion && !print,
      minTextSize: size.narrow ? 16 : 0,
      navigatorParent: print ? null : document.body,
      onSelect: (eventId) => {
        const event = deck.events.find((candidate: { id: string }) => candidate.id === eventId);
        if (event) goToSlide(reveal, event.slide);
      },
    });
    charts.setActive(activeEvent());
  };

  const help = createHelpOverlay(lang);
  const menu = createSectionMenu(reveal, language, lang);
  const search = createSearchPanel(reveal, deck, lang, slides);
  const actions = {
    menu: () => menu.toggle(),
    search: () => search.toggle(),
    help: () => help.toggle(),
    timeline: () => {
      document.documentElement.classList.toggle('timeline-hidden');
      reveal.layout();
    },
    scrollView: () => setReadingView(reveal, !reveal.isScrollView(), () => charts?.remount()),
    language: () => window.location.assign(languageUrl(otherLanguage(lang))),
    notes: () => reveal.configure({ showNotes: !reveal.getConfig().showNotes }),
    speaker: () => void openSpeakerView(lang),
    print: () => openPrintView(),
  };
  mountToolbar(document.body, lang, actions);
  bindKeys(reveal, actions);

  const linked = slideIdFromHash();
  await reveal.initialize();
  localizeReveal(root, lang);
  // reveal's scroll view starts at the top and rewrites the hash: honour the deep link.
  if (linked && reveal.getCurrentSlide()?.id !== linked) goToSlide(reveal, linked);
  followHashInScrollView(reveal);
  await document.fonts.ready;
  document.documentElement.dataset.deckReady = 'true';
  performance.mark('deck-ready');
  // For automation (tests, the benchmark), as reveal.js's classic build does.
  (window as unknown as { Reveal: typeof reveal }).Reveal = reveal;
  await loadCharts();
  if (laidOut && wantsPrintDialog()) await printWhenDrawn(laidOut);
}

void start();
