/**
 * Property-based tests of the content pipeline: random text, Markdown-ish documents and
 * YAML-ish front matter go through splitSlides, buildSlides and loadDeck. Whatever the
 * input, the pipeline either succeeds or reports problems (never another exception), in
 * bounded time, with every problem on a real line, and never lets active HTML through.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSlides } from '../../../src/content/build-slides.ts';
import { ContentError, ProblemList } from '../../../src/content/content-error.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';
import { renderSlide } from '../../../src/content/render-slide.ts';
import { splitSlides } from '../../../src/content/split-slides.ts';
import type { ContentProblem, Deck } from '../../../src/model.ts';
import { FIXTURES } from '../../fixture-deck.ts';

const md = createMarkdown();
/** Wall-clock budget of one run (one document through one stage). */
const RUN_BUDGET_MS = 1000;
/**
 * fast-check settings: on a loaded machine a property stops early rather than time out (what
 * ran still counts), and a failure's shrinking is cut short rather than hidden behind a timeout.
 */
const budget = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 8_000 });
const TEST_TIMEOUT_MS = 30_000;

// ---------------------------------------------------------------- what "safe HTML" means

/** Every tag markdown-it (html: false) and our containers may emit. */
const ALLOWED_TAGS = new Set([
  'a', 'blockquote', 'br', 'code', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'li', 'ol', 'p',
  'pre', 's', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background']);
const TAG = /<\/?([A-Za-z][\w:-]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|amp|lt|gt|apos|Tab|NewLine|colon);/g, (_, name: string) =>
      ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", Tab: '\t', NewLine: '\n', colon: ':' })[name] ?? '',
    );
}

/** Whether a URL would run script or carry a document when followed (as browsers parse it). */
function isDangerousUrl(value: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside the scheme.
  const url = decodeEntities(value).replace(/[\u0000-\u0020\u007f]+/g, '');
  return /^(javascript|vbscript|data|file):/i.test(url);
}

/** Everything in `html` that could run script or load a foreign document; [] when safe. */
function unsafeParts(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script');
  for (const [, name = '', attributes = ''] of html.matchAll(TAG)) {
    const tag = name.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const [, attr = '', double, single, bare] of attributes.matchAll(ATTRIBUTE)) {
      const key = attr.toLowerCase();
      const value = double ?? single ?? bare ?? '';
      if (key.startsWith('on')) found.push(`${tag}[${key}]`);
      if (key === 'style' || key === 'srcdoc' || key === 'formaction') found.push(`${tag}[${key}]`);
      if (URL_ATTRIBUTES.has(key) && isDangerousUrl(value)) found.push(`${tag}[${key}=${value}]`);
    }
  }
  return found;
}

function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/).length;
}

function expectLinesInRange(problems: readonly ContentProblem[], lines: (file: string) => number): void {
  for (const problem of problems) {
    const max = lines(problem.file);
    expect(problem.line, `${problem.file}:${problem.line}: ${problem.message}`).toBeGreaterThanOrEqual(1);
    expect(problem.line, `${problem.file}:${problem.line} is past the file's ${max} lines: ${problem.message}`).toBeLessThanOrEqual(max);
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.message.trim()).not.toBe('');
  }
}

function timed<T>(run: () => T): T {
  const start = performance.now();
  const result = run();
  const elapsed = performance.now() - start;
  expect(elapsed, `one run took ${elapsed.toFixed(0)} ms`).toBeLessThan(RUN_BUDGET_MS);
  return result;
}

// ---------------------------------------------------------------- generators

/** Strings an attacker would try, to be mixed into otherwise random documents. */
const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](java&#x09;script:alert(1))',
  '[x](  javascript:alert(1))',
  '[x](%6Aavascript:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[r]: javascript:alert(1)',
  '[r]',
  '[x](vbscript:msgbox(1))',
  '{onclick=alert(1)}',
  '{.x onmouseover=alert(1)}',
  '{style="background:url(javascript:alert(1))"}',
  '{href=javascript:alert(1)}',
  '{src=javascript:alert(1)}',
  '{data-background-color="red;background:url(javascript:alert(1))"}',
  '{data-background-iframe=https://evil.example}',
  '{#deck-slides-en}',
  '{data-fragment-index="1 onclick=alert(1)"}',
  '```js" onmouseover="alert(1)',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
] as const;

/** Lines that steer the splitter and the Markdown parser. */
const STRUCTURE = [
  '---', '--', ' --- ', '::: notes', '::: figures', '::: columns', '::: column', ':::', '::: note', '```', '~~~', '````',
  '# Heading', '## Sub heading', '- item', '1. item', '> quote', '| a | b |', '|---|---|', '', '', '    indented code',
  'id: x', 'key: value', 'section: s', 'title: T', '***', '___', '[ref]: https://example.org', '**bold**{.big}',
  '- line {.fragment}', '# Title {data-background-color=#123456}', '零跑汽車', '成立於杭州', '\t', '\u200b', '\uFEFF',
] as const;

const word = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });
const anyText = fc.string({ unit: 'binary', maxLength: 40 });
const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 3, arbitrary: fc.constantFrom(...ATTACKS) },
  { weight: 2, arbitrary: word },
  { weight: 1, arbitrary: anyText },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...STRUCTURE, ...ATTACKS), word, fc.constantFrom(...ATTACKS)).map((parts) => parts.join(' ')) },
);
const markdownish = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

/** YAML values, sound and broken: scalars, flow and block collections, anchors, tags, quotes. */
const yamlScalar = fc.oneof(
  fc.constantFrom(
    'x', 'founding', 'founding-2015', '"quoted"', "'single'", '"unterminated', '[a, b]', '[article]', '{ a: 1 }', '{',
    '[', '~', 'null', 'true', '12', '-1', '1e999', '0x1F', '2015-12', '2023-10-26', '|', '>', '&a x', '*a', '!!binary aGk=',
    '!js/function "x"', '? x', '- x', '#comment', 'a: b: c', '"\\u0000"', "'it''s'", 'url(javascript:alert(1))',
    'timeline', 'deliveries', 'pie', 'sources', '#0b1f33', 'rgb(1, 2, 3)', 'title x', 'x" onclick="y',
  ),
  word,
  fc.constantFrom(...ATTACKS).map((text) => JSON.stringify(text)),
);
const SLIDE_KEYS = ['id', 'event', 'sources', 'chart', 'generated', 'class', 'background', 'section', 'title', 'evnt', '__proto__', 'constructor', 'x'] as const;
const yamlLine = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...SLIDE_KEYS), yamlScalar).map(([key, value]) => `${key}: ${value}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('  ', '\t', '    - '), yamlScalar).map(([indent, value]) => `${indent}${value}`) },
  { weight: 1, arbitrary: yamlScalar },
);
const frontMatter = fc.array(yamlLine, { maxLength: 8 }).map((lines) => lines.join('\n'));

/** A slide file: mostly well-formed around its random parts, so the later stages are reached. */
const slideFile = fc.oneof(
  { weight: 1, arbitrary: markdownish },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        frontMatter,
        fc.array(fc.tuple(fc.constantFrom('---', '--'), fc.option(frontMatter), markdownish), { maxLength: 4 }),
        markdownish,
      )
      .map(([head, slides, first]) => {
        const parts = [`---\nsection: deal\ntitle: Partners\n${head}\n---\n${first}`];
        for (const [separator, meta, body] of slides) {
          parts.push(meta === null ? `${separator}\n${body}` : `${separator}\n${meta}\n---\n${body}`);
        }
        return parts.join('\n');
      }),
  },
);

/** A YAML data file, built from YAML-ish lines at random indents. */
const yamlFile = fc
  .array(
    fc.tuple(fc.constantFrom('', '  ', '    ', '  - ', '    - ', '\t'), fc.oneof(yamlLine, fc.constantFrom('eras:', 'events:', 'years:', 'zh-Hant: x', 'en: y'))),
    { maxLength: 20 },
  )
  .map((lines) => lines.map(([indent, text]) => indent + text).join('\n'));

// ---------------------------------------------------------------- properties

describe('unsafeParts (the checker the properties rely on)', () => {
  it('flags what it must, and passes what markdown-it emits for ordinary slides', () => {
    expect(unsafeParts('<p>a <script>x</script></p>')).toContain('<script');
    expect(unsafeParts('<img src="x" onerror="y">')).toContain('img[onerror]');
    expect(unsafeParts('<a href="&#106;avascript:x">a</a>')).toHaveLength(1);
    expect(unsafeParts('<a href="java\tscript:x">a</a>')).toHaveLength(1);
    expect(unsafeParts('<img src="DATA:image/svg+xml,x">')).toHaveLength(1);
    expect(unsafeParts('<iframe></iframe>')).toContain('<iframe>');
    expect(unsafeParts('<p title="x onclick=y">&lt;script&gt;</p>')).toEqual([]);
    expect(unsafeParts(renderSlide(md, '# T\n\n- a {.fragment}\n\n[x](https://e.org) ![i](a.png)\n\n| a |\n|---|\n| b |\n').html)).toEqual([]);
  });
});

describe('random input through the content pipeline', { timeout: TEST_TIMEOUT_MS }, () => {
  it('splitSlides: no exception, problems and slides on real lines', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, markdownish, slideFile), (text) => {
        const problems = new ProblemList();
        const source = timed(() => splitSlides(text, 'f.md', problems));
        const lines = lineCount(text);
        expectLinesInRange(problems.items, () => lines);
        for (const slide of source.slides) {
          for (const at of [slide.line, slide.bodyLine, slide.meta?.line ?? 1]) {
            expect(at).toBeGreaterThanOrEqual(1);
            expect(at).toBeLessThanOrEqual(lines + 1);
          }
        }
      }),
      budget(300),
    );
  });

  it('splitSlides: CRLF line endings and a BOM give the same result as LF', () => {
    const lineWithoutBreaks = fc.oneof(fc.constantFrom(...STRUCTURE, ...ATTACKS), word);
    fc.assert(
      fc.property(fc.array(lineWithoutBreaks, { maxLength: 30 }), (lines) => {
        const lf = lines.join('\n');
        const crlf = `\uFEFF${lines.join('\r\n')}`;
        expect(splitSlides(crlf, 'f.md', new ProblemList())).toEqual(splitSlides(lf, 'f.md', new ProblemList()));
      }),
      budget(150),
    );
  });

  it('renderSlide: the HTML never carries script, event handlers, or javascript:/data: URLs', () => {
    fc.assert(
      fc.property(markdownish, (body) => {
        const rendered = timed(() => renderSlide(md, body));
        expect(unsafeParts(rendered.html), rendered.html).toEqual([]);
        expect(unsafeParts(rendered.notesHtml), rendered.notesHtml).toEqual([]);
        if (rendered.background !== undefined) expect(rendered.background).toMatch(/^(#[0-9a-fA-F]{3,8}|[a-z]+)$/);
      }),
      budget(400),
    );
  });

  it('buildSlides: only problems, never an exception; safe HTML; ids, classes and backgrounds well-formed', () => {
    fc.assert(
      fc.property(slideFile, (text) => {
        const problems = new ProblemList();
        const built = timed(() => buildSlides(md, 'f.md', splitSlides(text, 'f.md', problems), problems));
        const lines = lineCount(text);
        expectLinesInRange(problems.items, () => lines);
        for (const slide of built?.slides ?? []) {
          expect(unsafeParts(slide.html), slide.html).toEqual([]);
          expect(unsafeParts(slide.notesHtml), slide.notesHtml).toEqual([]);
          expect(slide.id).not.toBe('');
          expect(slide.id).not.toMatch(/[\s"'<>&]/);
          if (slide.className !== undefined) expect(slide.className).toMatch(/^[A-Za-z0-9_ -]*$/);
          if (slide.background !== undefined) expect(slide.background).not.toMatch(/url|javascript|[;:"'<>]/i);
          expect(slide.line).toBeGreaterThanOrEqual(1);
          expect(slide.line).toBeLessThanOrEqual(lines);
        }
      }),
      budget(300),
    );
  });

  it('stays fast on pathological nesting', () => {
    const inputs = [
      '> '.repeat(5000) + 'deep',
      '['.repeat(20000) + 'x' + ']'.repeat(20000),
      '*'.repeat(30000),
      '_a'.repeat(20000),
      '- '.repeat(3000) + 'x',
      '`'.repeat(20000),
      '{'.repeat(10000) + '.x' + '}'.repeat(10000),
      'x {' + '.a '.repeat(10000) + '}',
      '::: notes\n'.repeat(3000),
      '---\n'.repeat(5000),
      '![' .repeat(5000) + '](' .repeat(5000),
      '零跑'.repeat(20000) + '**' + '零'.repeat(20000),
      '| a '.repeat(2000) + '|\n' + '|---'.repeat(2000) + '|\n' + '| b '.repeat(2000) + '|',
    ];
    for (const body of inputs) {
      const problems = new ProblemList();
      const built = timed(() => buildSlides(md, 'f.md', splitSlides(`---\nsection: s\ntitle: T\nid: x\n---\n${body}`, 'f.md', problems), problems));
      for (const slide of built?.slides ?? []) expect(unsafeParts(slide.html)).toEqual([]);
      expectLinesInRange(problems.items, () => lineCount(body) + 5);
    }
  });
});

describe('loadDeck on a deck with one random file', { timeout: TEST_TIMEOUT_MS }, () => {
  let root: string;
  const originals = new Map<string, string>();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'deck-property-'));
    cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
    for (const file of listFiles(join(root, 'slides'))) originals.set(file, readFileSync(join(root, file), 'utf8'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function listFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [relative(root, path)];
    });
  }

  /** Loads the deck with `file` replaced by `text`; checks the outcome; restores the file. */
  function loadWith(file: string, text: string): Deck | undefined {
    writeFileSync(join(root, file), text);
    try {
      return timed(() => {
        try {
          return loadDeck(root).deck;
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          expect(error.problems.length).toBeGreaterThan(0);
          expectLinesInRange(error.problems, (name) => {
            if (name === file) return lineCount(text);
            const original = originals.get(name);
            return original === undefined ? 1 : lineCount(original);
          });
          for (const line of error.message.split('\n')) expect(line).toMatch(/^slides\/[\w./-]+:\d+: \S/);
          return undefined;
        }
      });
    } finally {
      writeFileSync(join(root, file), originals.get(file) ?? '');
    }
  }

  function expectSafeDeck(deck: Deck | undefined): void {
    if (!deck) return;
    for (const language of Object.values(deck.languages)) {
      for (const slide of language.slides) {
        expect(unsafeParts(slide.html), slide.html).toEqual([]);
        expect(unsafeParts(slide.notesHtml), slide.notesHtml).toEqual([]);
      }
    }
  }

  it('a random slide file (in either language)', () => {
    fc.assert(
      fc.property(fc.constantFrom('slides/en/02-deal.md', 'slides/zh-Hant/01-intro.md'), slideFile, (file, text) => {
        expectSafeDeck(loadWith(file, text));
      }),
      budget(100),
    );
  });

  it('a random YAML data file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('slides/timeline.yaml', 'slides/sources.yaml', 'slides/deck.yaml', 'slides/deliveries.yaml'),
        fc.oneof({ weight: 4, arbitrary: yamlFile }, { weight: 1, arbitrary: anyText }),
        (file, text) => {
          expectSafeDeck(loadWith(file, text));
        },
      ),
      budget(100),
    );
  });

  it('random bytes in a slide file (not necessarily UTF-8)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const file = 'slides/en/02-deal.md';
        writeFileSync(join(root, file), bytes);
        try {
          timed(() => {
            try {
              loadDeck(root);
            } catch (error) {
              if (!(error instanceof ContentError)) throw error;
              for (const problem of error.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
            }
          });
        } finally {
          writeFileSync(join(root, file), originals.get(file) ?? '');
        }
      }),
      budget(40),
    );
  });
});

describe('input that must still load', { timeout: TEST_TIMEOUT_MS }, () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** The valid fixture with every file passed through `transform`. */
  function variant(transform: (text: string, file: string) => string): string {
    const root = mkdtempSync(join(tmpdir(), 'deck-variant-'));
    roots.push(root);
    cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else writeFileSync(path, transform(readFileSync(path, 'utf8'), name));
      }
    };
    walk(join(root, 'slides'));
    return root;
  }

  const plain = (): Deck => loadDeck(variant((text) => text)).deck;
  const cases: [string, (text: string, file: string) => string][] = [
    ['a BOM and CRLF line endings in every file', (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
    ['no newline at the end of any file', (text) => text.replace(/\n+$/, '')],
    ['trailing spaces after separators and keys', (text) => text.replace(/^(---|--)$/gm, '$1   ').replace(/^(\w[\w-]*: .*)$/gm, '$1  ')],
    ['blank lines at the end of every file', (text) => `${text}\n\n\n`],
  ];

  it.each(cases)('%s', (_name, transform) => {
    const expected = plain();
    const { deck } = loadDeck(variant(transform));
    for (const lang of Object.keys(expected.languages) as (keyof Deck['languages'])[]) {
      const strip = (deckLanguage: Deck['languages'][typeof lang]) =>
        deckLanguage.slides.map(({ id, html, notesHtml, title, className, event, sources }) => ({ id, html, notesHtml, title, className, event, sources }));
      expect(strip(deck.languages[lang])).toEqual(strip(expected.languages[lang]));
    }
    expect(deck.events).toEqual(expected.events);
    expect(deck.sources).toEqual(expected.sources);
    expect(deck.meta).toEqual(expected.meta);
  });
});
