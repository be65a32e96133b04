import { describe, expect, it } from 'vitest';
import { buildSlides, slugify } from '../../../src/content/build-slides.ts';
import { ProblemList } from '../../../src/content/content-error.ts';
import { createMarkdown } from '../../../src/content/markdown.ts';
import { renderSlide } from '../../../src/content/render-slide.ts';
import { splitSlides } from '../../../src/content/split-slides.ts';

const md = createMarkdown();
const render = (body: string) => renderSlide(md, body);

describe('splitSlides', () => {
  it('splits on --- and --, keeping front matter and line numbers', () => {
    const problems = new ProblemList();
    const file = splitSlides('---\nsection: a\ntitle: A\n---\n\n# One\n\n---\nid: two\n---\n\n# Two\n--\n# Three\n', 'f.md', problems);
    expect(problems.items).toEqual([]);
    expect(file.frontMatter).toEqual({ text: 'section: a\ntitle: A', line: 2 });
    expect(file.slides.map((s) => [s.body.trim(), s.bodyLine, s.vertical])).toEqual([
      ['# One', 6, false],
      ['# Two', 12, false],
      ['# Three', 14, true],
    ]);
    expect(file.slides[1]?.meta).toEqual({ text: 'id: two', line: 9 });
  });

  it('does not split inside a code fence', () => {
    const file = splitSlides('---\nsection: a\ntitle: A\n---\n# One\n```\n---\n```\n', 'f.md', new ProblemList());
    expect(file.slides).toHaveLength(1);
  });

  it('does not take text after a separator for front matter unless it is closed', () => {
    const file = splitSlides('---\nsection: a\ntitle: A\n---\n# One\n---\nNote: this is text\n\nmore\n', 'f.md', new ProblemList());
    expect(file.slides[1]?.meta).toBeUndefined();
    expect(file.slides[1]?.body).toContain('Note: this is text');
  });

  it('reports an unclosed container at the line that opened it', () => {
    const problems = new ProblemList();
    splitSlides('---\nsection: a\ntitle: A\n---\n# One\n::: notes\ntext\n', 'f.md', problems);
    expect(problems.items).toEqual([
      { file: 'f.md', line: 6, message: 'unclosed `::: notes` block: add a line `:::` where the block ends' },
    ]);
  });
});

describe('renderSlide', () => {
  it('separates speaker notes from the slide', () => {
    const slide = render('# Title\n\nBody\n\n::: notes\nSay *this*.\n:::\n');
    expect(slide.html).not.toContain('Say');
    expect(slide.notesHtml).toBe('<p>Say <em>this</em>.</p>\n');
    expect(slide.title).toBe('Title');
    expect(slide.text).toContain('Say this');
  });

  it('escapes raw HTML', () => {
    const slide = render('# T\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(slide.html).not.toMatch(/<script|<img/);
    expect(slide.html).toContain('&lt;script&gt;');
  });

  it('drops javascript: and data: links but keeps https and in-page links', () => {
    const html = render('[a](javascript:alert(1)) [b](data:text/html,x) [c](JAVASCRIPT:x) [d](https://example.org) [e](#/founding)').html;
    expect(html).not.toMatch(/href="(javascript|data|JAVASCRIPT):/);
    expect(html).toContain('href="https://example.org"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('href="#/founding"');
  });

  it('keeps fragments and classes, drops other attributes', () => {
    const html = render('- one {.fragment}\n- two {onclick=alert(1) .x}\n\n**9**{.big}').html;
    expect(html).toContain('<li class="fragment">one</li>');
    expect(html).not.toContain('onclick');
    expect(html).toContain('<strong class="big">9</strong>');
  });

  it('lifts a background colour to the slide, and refuses an unsafe one', () => {
    expect(render('# T {data-background-color=#123456}').background).toBe('#123456');
    expect(render('# T {data-background-color="url(x)"}').background).toBeUndefined();
  });

  it('adds no space at a line break between two Chinese lines', () => {
    expect(render('零跑汽車\n成立於杭州').html).toBe('<p>零跑汽車成立於杭州</p>\n');
    expect(render('Leapmotor\nwas founded').html).toBe('<p>Leapmotor\nwas founded</p>\n');
  });

  it('renders figure tiles and bold next to Chinese punctuation', () => {
    const html = render('::: figures\n- **約15億歐元**{.big}投資\n:::\n').html;
    expect(html).toContain('<div class="figures">');
    expect(html).toContain('<strong class="big">約15億歐元</strong>');
  });
});

describe('slide ids', () => {
  it('derives an id from the heading when none is given', () => {
    expect(slugify('Going global: Europe 2024')).toBe('going-global-europe-2024');
    expect(slugify('創立：杭州 2015')).toBe('創立-杭州-2015');
  });

  it('prefers the id in front matter', () => {
    const problems = new ProblemList();
    const source = splitSlides('---\nsection: s\ntitle: S\n---\n# Hello World\n---\nid: custom\n---\n# Other\n', 'f.md', problems);
    const built = buildSlides(md, 'f.md', source, problems);
    expect(problems.items).toEqual([]);
    expect(built?.slides.map((slide) => [slide.id, slide.line])).toEqual([
      ['hello-world', 5],
      ['custom', 7],
    ]);
  });
});

describe('nested containers', () => {
  it('closes :::: columns around ::: column blocks without leaving a stray marker', () => {
    const problems = new ProblemList();
    const source = splitSlides('---\nsection: s\ntitle: S\n---\n# Two sides\n\n:::: columns\n::: column\nLeft\n:::\n::: column\nRight\n:::\n::::\n', 'f.md', problems);
    expect(problems.items).toEqual([]);
    const html = renderSlide(md, source.slides[0]!.body).html;
    expect(html).toContain('<div class="columns">');
    expect(html.match(/<div class="column">/g)).toHaveLength(2);
    expect(html).not.toContain(':::');
  });
});
