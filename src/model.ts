/**
 * The one typed model that flows from `slides/` (parsed and validated at build time)
 * to the page. Raw file shapes (`XSource`) live in `content/`; these are the processed ones.
 */

export const LANGS = ['zh-Hant', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-Hant';

/** A string given in every language of the talk. */
export type Localized = Record<Lang, string>;

/** A source that figures, dates and quotes on slides cite. */
export interface Source {
  id: string;
  label: Localized;
  url?: string;
}

export type ChartKind = 'timeline' | 'deliveries';

export interface Slide {
  /** Stable id, used in URLs (`#/founding`); the same in every language. */
  id: string;
  /** Horizontal and vertical position in the deck. */
  h: number;
  v: number;
  /** Section (one Markdown file) the slide belongs to. */
  section: string;
  /** Plain text of the slide's first heading. */
  title: string;
  /** Rendered, sanitised HTML of the slide body (no notes). */
  html: string;
  /** Rendered HTML of the speaker notes. */
  notesHtml: string;
  /** Timeline event this slide covers. */
  event?: string;
  /** Ids into `Deck.sources`, in the order given. */
  sources: string[];
  /** A chart mounted into the slide. */
  chart?: ChartKind;
  /** Content filled in by the engine (the sources list). */
  generated?: 'sources';
  className?: string;
  background?: string;
  /** Where the slide starts, for messages: `slides/en/03-founding.md:12`. */
  file: string;
  line: number;
}

/**
 * A slide as the page gets it: what build-time checks need (where it was written, which
 * sources it cites — already printed on it as its source line) stays behind.
 */
export type PageSlide = Omit<Slide, 'file' | 'line' | 'sources'>;

export interface Section {
  id: string;
  title: string;
  /** Id of the section's first slide. */
  firstSlide: string;
}

export interface DeckLanguage {
  lang: Lang;
  title: string;
  subtitle: string;
  description: string;
  sections: Section[];
  slides: Slide[];
}

export interface DeckMeta {
  title: Localized;
  subtitle: Localized;
  description: Localized;
  author: string;
  keywords: string[];
  /** Pacing target for the speaker view, in minutes. */
  durationMinutes: number;
}

/** Date precision as written in the data: `2021`, `2024-H1`, `2024-Q4`, `2015-12`, `2023-10-26`. */
export type DatePrecision = 'year' | 'half' | 'quarter' | 'month' | 'day';

/** A date at its precision: the period [start, end) it stands for, as epoch milliseconds (UTC). */
export interface PreciseDate {
  /** As written in the data file. */
  text: string;
  precision: DatePrecision;
  start: number;
  end: number;
}

export const CATEGORIES = [
  'company',
  'product',
  'technology',
  'capital',
  'partnership',
  'global',
  'results',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface TimelineEvent {
  id: string;
  date: PreciseDate;
  /** End of a span, when the event lasts. */
  end?: PreciseDate;
  title: Localized;
  summary: Localized;
  category: Category;
  importance: 'key' | 'normal';
  /** Slide id this event links to. */
  slide: string;
  sources: string[];
}

export interface Era {
  id: string;
  start: PreciseDate;
  end: PreciseDate;
  title: Localized;
}

export interface DeliveryYear {
  year: number;
  /** Cars delivered; null when not verified. */
  value: number | null;
  /** True when the figure is approximate ("about"). */
  approximate: boolean;
  note?: Localized;
  sources: string[];
}

export interface Deck {
  meta: DeckMeta;
  languages: Record<Lang, DeckLanguage>;
  sources: Record<string, Source>;
  events: TimelineEvent[];
  eras: Era[];
  deliveries: DeliveryYear[];
}

/** A problem in the talk's files, reported as `file:line: message`. */
export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * What the page's script carries: the whole deck but the slides, which are data files
 * loaded per language (so a reader downloads one language's slides, not both).
 */
export interface DeckShell extends Omit<Deck, 'languages'> {
  languages: Record<Lang, Omit<DeckLanguage, 'slides'>>;
  /** Address of each language's `Slide[]` JSON, absolute or relative to the page. */
  contentUrls: Record<Lang, string>;
}
