/** The speaker view's page (`speaker.html`): wires the model, the link to the main window and the view. */
import 'reveal.js/reveal.css';
import deck from 'virtual:deck';
import 'virtual:deck-fonts.css';
import '../styles/theme.css';
import './speaker.css';
import { applyLanguage, languageFromUrl, languageUrl } from '../deck/language';
import { loadSlides } from '../deck/load-slides';
import { connectToMain } from '../deck/speaker-link';
import type { Lang, PageSlide } from '../model';
import { ui } from '../ui-strings';
import { createSpeakerController } from './speaker-controller';
import { bindSpeakerControls } from './speaker-controls';
import { notesScaleStore, timerStore } from './speaker-storage';
import { NOTES_SCALE } from './notes-panel';
import { createSpeakerView } from './speaker-view';

function start(): void {
  const view = createSpeakerView(document.body, {
    notesScale: notesScaleStore(NOTES_SCALE.initial),
  });
  const cache = new Map<Lang, Promise<PageSlide[]>>();
  const controller = createSpeakerController({
    deck,
    view,
    lang: languageFromUrl(),
    loadSlides: (lang) => {
      const slides = cache.get(lang) ?? loadSlides(deck, lang);
      cache.set(lang, slides);
      return slides;
    },
    connect: (handlers) => connectToMain(handlers),
    timer: timerStore(),
    now: Date.now,
    onLanguage: (lang) => {
      applyLanguage(lang);
      document.title = `${ui(lang, 'speakerTitle')} · ${deck.languages[lang].title}`;
      history.replaceState(history.state, '', languageUrl(lang));
    },
  });
  bindSpeakerControls(view, controller, window);
  document.documentElement.dataset.speakerReady = 'true';
}

start();
