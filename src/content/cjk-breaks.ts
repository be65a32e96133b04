/**
 * Joins two lines without a space when both sides of the break are East Asian wide characters
 * (Chinese prose), as markdown-it-cjk-breaks does. Its own rule throws on an empty text token,
 * which markdown-it-attrs leaves after `**x**{.big}` and which it leaves itself after removing
 * a break; this one looks past empty tokens.
 */
import { eastAsianWidthType } from 'get-east-asian-width';
import type { MarkdownIt, Token } from 'markdown-it';

const HANGUL = /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;

export function cjkBreaks(md: MarkdownIt): void {
  md.core.ruler.push('cjk_breaks', (state) => {
    for (const block of state.tokens) if (block.type === 'inline' && block.children) joinBreaks(block.children);
  });
}

function joinBreaks(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.type !== 'softbreak') return;
    const last = neighbour(tokens, index, -1);
    const next = neighbour(tokens, index, 1);
    const zeroWidth = last === '\u200b' || next === '\u200b';
    if (zeroWidth || (isWide(last) && isWide(next) && !HANGUL.test(last) && !HANGUL.test(next))) {
      token.type = 'text';
      token.content = '';
    }
  });
}

/** The character beside a break: from the nearest non-empty text token, or a space. */
function neighbour(tokens: Token[], from: number, step: 1 | -1): string {
  for (let j = from + step; j >= 0 && j < tokens.length; j += step) {
    const token = tokens[j];
    if (token?.type !== 'text' || token.content === '') continue;
    const chars = [...token.content];
    return (step < 0 ? chars.at(-1) : chars[0]) ?? ' ';
  }
  return ' ';
}

function isWide(char: string): boolean {
  return /^[fwh]/.test(eastAsianWidthType(char.codePointAt(0) ?? 0x20));
}
