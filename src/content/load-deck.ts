/** Reads `slides/` and returns the one validated Deck, or throws a ContentError naming every problem. */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Deck, type DeckLanguage, type Lang, type Section, type Slide } from '../model.ts';
import { buildSlides } from './build-slides.ts';
import { ProblemList } from './content-error.ts';
import { loadDataFiles } from './load-data-files.ts';
import { createMarkdown } from './markdown.ts';
import { renderSourceLines } from './render-sources.ts';
import { readTextFile } from './read-text-file.ts';
import { splitSlides } from './split-slides.ts';
import { validateDeck } from './validate-deck.ts';

const SLIDE_FILE = /^\d{2}-[a-z0-9-]+\.md$/;

export interface LoadedDeck {
  deck: Deck;
  /** Every file read, for the dev server to watch. */
  files: string[];
}

export function loadDeck(root: string): LoadedDeck {
  const problems = new ProblemList();
  const md = createMarkdown();
  const files: string[] = [];
  const data = loadDataFiles(root, problems);
  const slides = {} as Record<Lang, Slide[]>;
  /** Slide files (by name) that had a problem in some language: their slides may be missing. */
  const incompleteFiles = new Set<string>();
  const sections = {} as Record<Lang, Section[]>;

  for (const lang of LANGS) {
    slides[lang] = [];
    sections[lang] = [];
    const dir = join(root, 'slides', lang);
    const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).sort() : [];
    if (names.length === 0) problems.add(`slides/${lang}`, 1, `no slide files: add slides/${lang}/01-title.md`);
    let h = -1;
    for (const name of names) {
      const file = `slides/${lang}/${name}`;
      files.push(join(root, file));
      if (!SLIDE_FILE.test(name)) {
        problems.add(file, 1, 'slide file names are NN-name.md (two digits, then kebab-case): rename the file');
        continue;
      }
      const before = problems.items.length;
      const text = readTextFile(join(root, file), file, problems);
      const split = text === undefined ? undefined : splitSlides(text, file, problems);
      // A file whose front matter is not even closed has been reported; building it would only repeat that.
      const built = split && (split.frontMatter || problems.items.length === before) ? buildSlides(md, file, split, problems) : undefined;
      if (problems.items.length > before) incompleteFiles.add(name);
      if (!built || built.slides.length === 0) continue;
      let v = 0;
      built.slides.forEach((slide, index) => {
        if (built.vertical[index]) v++;
        else {
          h++;
          v = 0;
        }
        slides[lang].push({ ...slide, h, v });
      });
      sections[lang].push({ id: built.section.section, title: built.section.title, firstSlide: built.slides[0]!.id });
    }
  }

  validateDeck(
    {
      slides,
      eventIds: data.failed.has('timeline.yaml') ? undefined : data.eventIds,
      sourceIds: data.failed.has('sources.yaml') ? undefined : new Set(Object.keys(data.sources)),
      references: data.references,
      incompleteFiles,
    },
    problems,
  );
  problems.throwIfAny();

  const meta = data.meta!;
  const languages = {} as Record<Lang, DeckLanguage>;
  for (const lang of LANGS) {
    languages[lang] = {
      lang,
      title: meta.title[lang],
      subtitle: meta.subtitle[lang],
      description: meta.description[lang],
      sections: sections[lang],
      slides: renderSourceLines(slides[lang], data, lang),
    };
  }
  const dataFiles = ['deck.yaml', 'sources.yaml', 'timeline.yaml', 'deliveries.yaml'].map((name) => join(root, 'slides', name));
  return {
    deck: { meta, languages, sources: data.sources, events: data.events, eras: data.eras, deliveries: data.deliveries },
    files: [...dataFiles, ...files],
  };
}
