/** The characters the talk shows, per font weight, so the bundled font can be cut down to them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Deck } from '../model.ts';
import { UI_STRINGS } from '../ui-strings.ts';

/**
 * Folders of the page's own code: every character written there may show (d3 locales, chart
 * labels). The charts also draw some of theirs in bold; the rest of the interface's words come
 * from ui-strings.ts, whose characters both weights carry.
 */
const INTERFACE_DIRS = ['src/deck', 'src/timeline', 'src/speaker', 'src/styles'];
const BOLD_INTERFACE_DIRS = ['src/timeline'];

/** Printable ASCII and the typography the theme uses, always kept. */
const BASE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '–—…“”‘’·×→←↑↓↔•€£¥%％、。，：；！？「」『』（）《》〈〉・～　';
const BOLD_HTML = /<(h[1-6]|strong|b|th)\b[^>]*>(.*?)<\/\1>/gs;

export interface Glyphs {
  regular: string;
  bold: string;
}

export function collectGlyphs(deck: Deck, interfaceText: InterfaceText = { regular: '', bold: '' }): Glyphs {
  const regular: string[] = [BASE, interfaceText.regular];
  const bold: string[] = [BASE, interfaceText.bold];
  for (const lang of LANGS) {
    const language = deck.languages[lang];
    regular.push(language.title, language.subtitle, language.description);
    bold.push(language.title, language.subtitle);
    for (const section of language.sections) regular.push(section.title), bold.push(section.title);
    for (const slide of language.slides) {
      regular.push(slide.title, htmlText(slide.html), htmlText(slide.notesHtml));
      bold.push(slide.title);
      for (const match of slide.html.matchAll(BOLD_HTML)) bold.push(htmlText(match[2] ?? ''));
    }
    for (const event of deck.events) {
      regular.push(event.title[lang], event.summary[lang], event.date.text);
      bold.push(event.title[lang]);
    }
    for (const era of deck.eras) regular.push(era.title[lang]), bold.push(era.title[lang]);
    for (const source of Object.values(deck.sources)) regular.push(source.label[lang]);
    for (const year of deck.deliveries) regular.push(year.note?.[lang] ?? '');
    const ui = Object.values(UI_STRINGS[lang]).join('');
    regular.push(ui);
    bold.push(ui);
  }
  regular.push(deck.meta.author, deck.meta.keywords.join(''));
  return { regular: uniqueChars(regular), bold: uniqueChars(bold) };
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '');
}

function uniqueChars(parts: string[]): string {
  return [...new Set([...parts.join('')].filter((char) => char >= ' '))].sort().join('');
}

export interface InterfaceText {
  regular: string;
  bold: string;
}

/** The non-ASCII characters in the page's own source files (under `root`), comments left out. */
export function interfaceCharacters(root: string): InterfaceText {
  const scan = (dirs: string[]): string => {
    const chars = new Set<string>();
    for (const dir of dirs) {
      for (const entry of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|css)$/.test(entry)) continue;
        const code = readFileSync(join(root, dir, entry), 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
        for (const char of code) if (char > '~') chars.add(char);
      }
    }
    return [...chars].join('');
  };
  return { regular: scan(INTERFACE_DIRS), bold: scan(BOLD_INTERFACE_DIRS) };
}
