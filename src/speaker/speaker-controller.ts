/**
 * The speaker view's controller: follows the main window's state (slide, fragments, language),
 * keeps the talk's timer, and sends navigation back. It is handed everything it uses.
 */
import type { DeckState, MainLink, MainLinkHandlers, NavigationCommand } from '../deck/speaker-link';
import type { DeckShell, Lang, PageSlide } from '../model';
import { applySpeakerStrings, speakerText } from './speaker-strings';
import type { Store } from './speaker-storage';
import type { SpeakerView } from './speaker-view';
import { elapsedMs, resetTimer, startTimer, toggleTimer, type TimerState } from './timer';

export interface SpeakerControllerDeps {
  deck: DeckShell;
  view: SpeakerView;
  /** The language to start in (the page's `?lang`); the main window's wins once it answers. */
  lang: Lang;
  loadSlides(lang: Lang): Promise<PageSlide[]>;
  connect(handlers: MainLinkHandlers): MainLink;
  timer: Store<TimerState>;
  now(): number;
  /** The page-wide effects of a language: `<html lang>`, the title, the address. */
  onLanguage(lang: Lang): void;
  /** How often the clocks redraw. */
  tickMs?: number;
}

export interface SpeakerController {
  navigate(command: NavigationCommand, skipFragments?: boolean): void;
  toggleTimer(): void;
  resetTimer(): void;
  destroy(): void;
}

export function createSpeakerController(deps: SpeakerControllerDeps): SpeakerController {
  const { deck, view } = deps;
  let lang = deps.lang;
  let slides: PageSlide[] = [];
  let state: DeckState | undefined;
  let connected = false;
  /** The first state after (re)connecting says where the talk is; it is not a move. */
  let freshConnection = false;
  let timer = deps.timer.load();
  let shownCurrent: string | null | undefined;
  let shownNext: string | null | undefined;
  let loading = 0;

  const durationMs = deck.meta.durationMinutes * 60_000;

  const setTimer = (next: TimerState): void => {
    if (next === timer) return;
    timer = next;
    deps.timer.save(timer);
    tick();
  };

  const presentIndex = (): number | undefined => {
    if (!state) return undefined;
    const index = slides.findIndex((slide) => slide.id === state?.slideId);
    return index >= 0 ? index : undefined;
  };

  const tick = (): void => {
    const now = deps.now();
    view.header.tick(new Date(now));
    view.pace.update({
      lang,
      timer: timer.status,
      elapsedMs: elapsedMs(timer, now),
      durationMs,
      index: presentIndex(),
      total: slides.length,
    });
  };

  const render = (): void => {
    const index = presentIndex();
    const slide = index === undefined ? undefined : slides[index];
    const after = index === undefined ? undefined : slides[index + 1];
    view.root.dataset.connected = String(connected);
    view.root.dataset.slideId = slide?.id ?? '';

    if ((slide?.id ?? null) !== shownCurrent) {
      shownCurrent = slide?.id ?? null;
      view.current.show(slide, lang, state?.fragments);
      view.currentTitle.textContent = slide?.title ?? '';
      view.notes.show(slide?.notesHtml ?? '');
    } else {
      view.current.showFragments(state?.fragments);
    }
    const nextKey = slide ? (after?.id ?? 'end') : null;
    if (nextKey !== shownNext) {
      shownNext = nextKey;
      view.next.show(after, lang);
      view.next.element.dataset.end = String(nextKey === 'end');
    }
    view.nextTitle.textContent = slide && !after ? speakerText(lang, 'speakerEnd') : (after?.title ?? '');

    view.header.update({
      lang,
      deckTitle: deck.languages[lang].title,
      connected,
      paused: state?.paused ?? false,
      index,
      total: slides.length,
    });
    tick();
  };

  const useLanguage = async (next: Lang): Promise<void> => {
    lang = next;
    const ticket = ++loading;
    applySpeakerStrings(view.root, lang);
    deps.onLanguage(lang);
    render();
    const loaded = await deps.loadSlides(lang);
    if (ticket !== loading) return;
    slides = loaded;
    shownCurrent = shownNext = undefined;
    render();
  };

  const onState = (next: DeckState): void => {
    const moved =
      !freshConnection &&
      state !== undefined &&
      state.lang === next.lang &&
      (state.slideId !== next.slideId || state.fragments.join() !== next.fragments.join());
    freshConnection = false;
    state = next;
    if (moved) setTimer(startTimer(timer, deps.now()));
    if (next.lang !== lang) void useLanguage(next.lang).catch(reportError);
    else render();
  };

  const onConnection = (value: boolean): void => {
    connected = value;
    if (value) freshConnection = true;
    render();
  };

  void useLanguage(lang).catch(reportError);
  const link = deps.connect({ onState, onConnection });
  const ticker = window.setInterval(tick, deps.tickMs ?? 250);

  return {
    navigate(command, skipFragments) {
      link.navigate(command, skipFragments);
    },
    toggleTimer() {
      setTimer(toggleTimer(timer, deps.now()));
    },
    resetTimer() {
      setTimer(resetTimer());
    },
    destroy() {
      window.clearInterval(ticker);
      link.close();
    },
  };
}

function reportError(error: unknown): void {
  console.error(error);
}
