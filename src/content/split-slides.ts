/**
 * Splits one slide file into its front matter and slides, keeping line numbers so that
 * every later error can point at a line. Pure: no file I/O.
 *
 * Format: the file starts with a `---` block (the file's front matter, which may also hold
 * the first slide's keys). A line `---` starts a new slide, `--` a vertical sub-slide.
 * Directly after a separator, `key: value` lines closed by `---` are that slide's front matter.
 */
import type { ProblemList } from './content-error.ts';
import { CONTAINERS } from './markdown.ts';

export interface BlockSource {
  /** YAML text of a front-matter block. */
  text: string;
  /** 1-based line of the block's first YAML line. */
  line: number;
}

export interface SlideSource {
  meta?: BlockSource;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line where the slide starts (its separator, or the file's first line). */
  line: number;
  /** Starts a vertical sub-slide (`--`). */
  vertical: boolean;
}

export interface FileSource {
  frontMatter?: BlockSource;
  slides: SlideSource[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CONTAINER_OPEN = /^:{3,}\s*([^\s:]\S*)/;
const CONTAINER_CLOSE = /^:{3,}\s*$/;
const META_KEY = /^[A-Za-z_][\w-]*\s*:/;

export function splitSlides(source: string, file: string, problems: ProblemList): FileSource {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  let frontMatter: BlockSource | undefined;

  if (lines[0]?.trim() === '---') {
    const close = findClose(lines, 1);
    if (close < 0) {
      problems.add(file, 1, 'front matter is not closed: add a line `---` after its last key');
      return { slides: [] };
    }
    frontMatter = { text: lines.slice(1, close).join('\n'), line: 2 };
    i = close + 1;
  }

  const slides: SlideSource[] = [];
  let current = startSlide(i + 1, false);
  let fence: string | null = null;
  const open: { name: string; line: number }[] = [];

  const finish = (): void => {
    for (const container of open) {
      problems.add(
        file,
        container.line,
        `unclosed \`::: ${container.name}\` block: add a line \`:::\` where the block ends`,
      );
    }
    open.length = 0;
    current.body = current.body.replace(/\n+$/, '');
    slides.push(current);
  };

  for (; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const trimmed = text.trim();
    if (fence) {
      if (text.trimStart().startsWith(fence)) fence = null;
      current.body += text + '\n';
      continue;
    }
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch) fence = fenceMatch[1] ?? null;
    else if (trimmed === '---' || trimmed === '--') {
      finish();
      current = startSlide(i + 1, trimmed === '--');
      // A slide's own front matter: `key: value` lines right after the separator, closed by `---`.
      const close = findMetaClose(lines, i + 1);
      if (close >= 0) {
        current.meta = { text: lines.slice(i + 1, close).join('\n'), line: i + 2 };
        i = close;
      }
      continue;
    } else if (CONTAINER_CLOSE.test(trimmed)) open.pop();
    else {
      const container = CONTAINER_OPEN.exec(trimmed);
      if (container) {
        const name = container[1] ?? '';
        open.push({ name, line: i + 1 });
        if (!(CONTAINERS as readonly string[]).includes(name)) {
          // Unknown blocks would show as text: a typo like `::: note` puts speaker notes on screen.
          problems.add(file, i + 1, `unknown block "::: ${name}": use ${CONTAINERS.map((known) => `::: ${known}`).join(', ')}`);
        }
      }
    }
    if (current.body === '') {
      if (trimmed === '') continue;
      current.bodyLine = i + 1;
    }
    current.body += text + '\n';
  }
  finish();
  return { frontMatter, slides };
}

function startSlide(line: number, vertical: boolean): SlideSource {
  return { body: '', bodyLine: line, line, vertical };
}

/** Index of the next line that is exactly `---`, or -1. */
function findClose(lines: string[], from: number): number {
  for (let j = from; j < lines.length; j++) {
    if (lines[j]?.trim() === '---') return j;
  }
  return -1;
}

/**
 * Index of the `---` closing a slide's front matter that starts at `from`, or -1 when the
 * lines there are not front matter (the first must be `key:`, and every one YAML-like).
 */
function findMetaClose(lines: string[], from: number): number {
  if (!META_KEY.test(lines[from] ?? '')) return -1;
  for (let j = from + 1; j < lines.length; j++) {
    const text = lines[j] ?? '';
    if (text.trim() === '---') return j;
    if (!(META_KEY.test(text) || /^\s+\S/.test(text) || /^\s*(-\s|#)/.test(text))) return -1;
  }
  return -1;
}
