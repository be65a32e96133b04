/** The one place that wires the model, reveal.js and the interface together. */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import deck from 'virtual:deck';
import './styles/fonts.css';
import './styles/theme.css';
import './styles/ui.css';
import { applyLanguage, languageFromUrl } from './deck/language';
import { loadSlides } from './deck/load-slides';
import { mountSlides } from './deck/mount-slides';
import { revealConfig } from './deck/reveal-config';
import { mountToolbar } from './deck/toolbar';

async function start(): Promise<void> {
  const lang = languageFromUrl();
  const language = { ...deck.languages[lang], slides: await loadSlides(deck, lang) };
  applyLanguage(lang);
  document.title = `${language.title} · ${language.subtitle}`;

  const root = document.querySelector<HTMLElement>('.reveal')!;
  mountSlides(root.querySelector<HTMLElement>('.slides')!, language);

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reveal = new Reveal(root, revealConfig({ reducedMotion }));
  mountToolbar(document.body, { lang, reveal });
  await reveal.initialize();
  document.documentElement.dataset.deckReady = 'true';
}

void start();
