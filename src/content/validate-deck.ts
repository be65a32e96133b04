/** Checks that reach across files: unique ids, the same slides in every language, known references. */
import { basename } from 'node:path';
import { DEFAULT_LANG, LANGS, type Lang, type Slide } from '../model.ts';
import type { ProblemList } from './content-error.ts';
import type { Reference } from './load-data-files.ts';

export interface DeckParts {
  slides: Record<Lang, Slide[]>;
  /** Undefined when timeline.yaml did not load: references to events are not checked then. */
  eventIds?: Set<string>;
  /** Undefined when sources.yaml did not load. */
  sourceIds?: Set<string>;
  references: Reference[];
  /** Slide files (`02-deal.md`) that had problems: their slides are not compared across languages. */
  incompleteFiles: Set<string>;
}

export function validateDeck(parts: DeckParts, problems: ProblemList): void {
  for (const lang of LANGS) checkUniqueIds(parts.slides[lang], problems);
  const complete = (slide: Slide): boolean => !parts.incompleteFiles.has(basename(slide.file));
  checkLanguagesMatch(
    Object.fromEntries(LANGS.map((lang) => [lang, parts.slides[lang].filter(complete)])) as Record<Lang, Slide[]>,
    problems,
  );
  const { eventIds, sourceIds } = parts;

  for (const lang of LANGS) {
    for (const slide of parts.slides[lang]) {
      if (slide.event && eventIds && !eventIds.has(slide.event)) {
        problems.add(slide.file, slide.line, `unknown event id "${slide.event}": add it to slides/timeline.yaml or use one of ${listSome(eventIds)}`);
      }
      for (const source of slide.sources) {
        if (sourceIds && !sourceIds.has(source)) {
          problems.add(slide.file, slide.line, `unknown source "${source}" on slide "${slide.id}": add it to slides/sources.yaml or fix the id`);
        }
      }
    }
  }

  const slideIds = new Set(parts.slides[DEFAULT_LANG].map((slide) => slide.id));
  for (const ref of parts.references) {
    const known = ref.kind === 'slide' ? (parts.incompleteFiles.size ? undefined : slideIds) : sourceIds;
    if (known && !known.has(ref.id)) {
      const fix = ref.kind === 'slide' ? `use an existing slide id (${listSome(slideIds)})` : 'add it to slides/sources.yaml or fix the id';
      problems.add(ref.file, ref.line, `unknown ${ref.kind} id "${ref.id}": ${fix}`);
    }
  }
}

function checkUniqueIds(slides: Slide[], problems: ProblemList): void {
  const first = new Map<string, Slide>();
  for (const slide of slides) {
    const earlier = first.get(slide.id);
    if (earlier) {
      problems.add(slide.file, slide.line, `duplicate slide id "${slide.id}" (first at ${earlier.file}:${earlier.line}): give this slide its own \`id:\``);
    } else first.set(slide.id, slide);
  }
}

function checkLanguagesMatch(slides: Record<Lang, Slide[]>, problems: ProblemList): void {
  const reference = slides[DEFAULT_LANG];
  const referenceIds = new Set(reference.map((slide) => slide.id));
  for (const lang of LANGS) {
    if (lang === DEFAULT_LANG) continue;
    const other = slides[lang];
    const otherIds = new Set(other.map((slide) => slide.id));
    let missing = false;
    for (const slide of reference) {
      if (!otherIds.has(slide.id)) {
        missing = true;
        problems.add(slide.file, slide.line, `slide id "${slide.id}" is missing in ${lang}: add it to ${slide.file.replace(`/${DEFAULT_LANG}/`, `/${lang}/`)}`);
      }
    }
    for (const slide of other) {
      if (!referenceIds.has(slide.id)) {
        missing = true;
        problems.add(slide.file, slide.line, `slide id "${slide.id}" is missing in ${DEFAULT_LANG}: add it there, or fix the id`);
      }
    }
    if (missing) continue;
    const index = other.findIndex((slide, i) => slide.id !== reference[i]?.id);
    const slide = other[index];
    if (slide) {
      problems.add(slide.file, slide.line, `slide "${slide.id}" is at position ${index + 1} in ${lang} but "${reference[index]?.id}" is there in ${DEFAULT_LANG}: put the slides in the same order`);
    }
  }
}

function listSome(ids: Set<string>): string {
  const list = [...ids];
  return list.slice(0, 6).join(', ') + (list.length > 6 ? ', …' : '');
}
