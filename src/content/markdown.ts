/**
 * The one markdown-it set-up of the talk. Safety: raw HTML is escaped (`html: false`),
 * only http(s), mailto and in-page links survive, and attributes are allow-listed.
 */
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import markdownItAttrs from 'markdown-it-attrs';
import markdownItContainer from 'markdown-it-container';
import markdownItCjkFriendly from 'markdown-it-cjk-friendly';
import { cjkBreaks } from './cjk-breaks.ts';

/** Containers an author may open with `::: name`. */
export const CONTAINERS = ['notes', 'figures', 'columns', 'column'] as const;

const SAFE_LINK = /^(https?:|mailto:|#|\.{0,2}\/(?!\/)|[\w-]+(\.[\w-]+)*(\/|$|#|\?))/i;
const CLASS_NAME = /^[A-Za-z][\w-]*$/;
const COLOUR = /^(#[0-9a-fA-F]{3,8}|[a-z]+)$/;

/** Per-render state carried through markdown-it's `env`. */
export interface SlideEnv extends Record<PropertyKey, unknown> {
  background?: string;
}

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false, breaks: false });
  md.validateLink = (url: string): boolean => {
    const href = url.trim();
    return SAFE_LINK.test(href) && !/^(javascript|data|vbscript|file):/i.test(href);
  };
  md.use(markdownItAttrs, {
    allowedAttributes: ['class', 'data-fragment-index', 'data-background-color'],
  });
  for (const name of CONTAINERS) {
    md.use(markdownItContainer, name, {
      render: (tokens: Token[], index: number) =>
        tokens[index]?.nesting === 1 ? `<div class="${name}">\n` : '</div>\n',
    });
  }
  md.use(cjkBreaks);
  md.use(markdownItCjkFriendly);
  md.core.ruler.push('sanitize_attrs', (state) => {
    sanitizeAttrs(state.tokens, state.env as SlideEnv);
  });
  const defaultLinkOpen =
    md.renderer.rules.link_open ??
    ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
  md.renderer.rules.link_open = (tokens, index, options, env, self) => {
    const href = String(tokens[index]?.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) {
      tokens[index]?.attrSet('rel', 'noopener noreferrer');
      tokens[index]?.attrSet('target', '_blank');
    }
    return defaultLinkOpen(tokens, index, options, env, self);
  };
  return md;
}

/** Keeps only well-formed attribute values; lifts a background colour to the slide. */
function sanitizeAttrs(tokens: Token[], env: SlideEnv): void {
  for (const token of tokens) {
    if (token.children) sanitizeAttrs(token.children, env);
    if (!token.attrs) continue;
    token.attrs = token.attrs.flatMap(([name, value]): [string, string][] => {
      if (name === 'class') {
        const classes = String(value).split(/\s+/).filter((c) => CLASS_NAME.test(c));
        return classes.length ? [['class', classes.join(' ')]] : [];
      }
      if (name === 'data-fragment-index') return /^\d{1,3}$/.test(String(value)) ? [[name, String(value)]] : [];
      if (name === 'data-background-color') {
        if (COLOUR.test(String(value))) env.background = String(value);
        return [];
      }
      return [[name, String(value)]];
    });
  }
}
