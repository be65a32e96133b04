/** Renders one slide's Markdown body into HTML, notes HTML, its title and its plain text. */
import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';
import type { SlideEnv } from './markdown.ts';

export interface RenderedSlide {
  html: string;
  notesHtml: string;
  /** Plain text of the first heading, or '' when the slide has none. */
  title: string;
  /** 0-based line of the first heading within the body, or -1. */
  titleLine: number;
  /** Plain text of body and notes. */
  text: string;
  /** Plain text of the body alone (what the audience sees). */
  bodyText: string;
  background?: string;
}

export function renderSlide(md: MarkdownIt, body: string): RenderedSlide {
  const env: SlideEnv = {};
  const tokens = md.parse(body, env);
  const { inside: notes, outside: main } = extractContainer(tokens, 'notes');
  const heading = findFirstHeading(main);
  const bodyText = plainText(main);
  return {
    html: md.renderer.render(main, md.options, env),
    notesHtml: md.renderer.render(notes, md.options, env),
    title: heading ? plainText([heading.inline]) : '',
    titleLine: heading?.line ?? -1,
    text: `${bodyText} ${plainText(notes)}`.trim(),
    bodyText,
    background: env.background,
  };
}

/** Splits top-level `::: name` blocks out of a token stream (their inner tokens, concatenated). */
function extractContainer(tokens: Token[], name: string): { inside: Token[]; outside: Token[] } {
  const inside: Token[] = [];
  const outside: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === `container_${name}_open`) {
      depth++;
      if (depth === 1) continue;
    } else if (token.type === `container_${name}_close`) {
      depth--;
      if (depth === 0) continue;
    }
    (depth > 0 ? inside : outside).push(token);
  }
  return { inside, outside };
}

function findFirstHeading(tokens: Token[]): { inline: Token; line: number } | undefined {
  const index = tokens.findIndex((token) => token.type === 'heading_open');
  const inline = tokens[index + 1];
  if (index < 0 || !inline) return undefined;
  return { inline, line: tokens[index]?.map?.[0] ?? 0 };
}

function plainText(tokens: Token[]): string {
  const parts: string[] = [];
  const walk = (list: Token[]): void => {
    for (const token of list) {
      if (token.children) walk(token.children);
      else if (token.type === 'text' || token.type === 'code_inline') parts.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push(' ');
    }
    parts.push(' ');
  };
  walk(tokens);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
