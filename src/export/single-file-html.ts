/**
 * Turns a build made for inlining (one script, one stylesheet, fonts as data: URLs) into one
 * self-contained HTML file per language: script and styles inlined, both languages' slides
 * embedded as JSON, and a Content-Security-Policy that allows exactly that inlined script.
 */
import { createHash } from 'node:crypto';
import type { Lang, Slide } from '../model.ts';
import { LANGS } from '../model.ts';

export interface SingleFileParts {
  html: string;
  script: string;
  style: string;
  icon?: string;
  slides: Record<Lang, Slide[]>;
  /** File name of each language's export, for the language switch. */
  fileNames: Record<Lang, string>;
}

export function singleFileHtml(parts: SingleFileParts, lang: Lang): string {
  const script = parts.script.replace(/<\/script/gi, '<\\/script');
  const scriptHash = createHash('sha256').update(script).digest('base64');
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const head = [
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    `<meta name="deck-lang" content="${lang}">`,
    ...LANGS.filter((other) => other !== lang).map(
      (other) => `<link rel="alternate" hreflang="${other}" href="${parts.fileNames[other]}">`,
    ),
    `<style>${parts.style.replace(/<\/style/gi, '<\\/style')}</style>`,
    ...LANGS.map((other) => `<script type="application/json" id="deck-slides-${other}">${jsonForHtml(parts.slides[other])}</script>`),
    `<script type="module">${script}</script>`,
  ].join('\n');
  return parts.html
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '')
    .replace(/<script type="module"[^>]*><\/script>\s*/i, '')
    .replace(/<link rel="stylesheet"[^>]*>\s*/i, '')
    .replace(/<link rel="preload"[^>]*>\s*/gi, '')
    .replace(/<link rel="icon"[^>]*>/i, () => (parts.icon ? `<link rel="icon" href="${parts.icon}">` : ''))
    .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
    .replace('</head>', () => `${head}\n</head>`);
}

/** JSON that cannot close the `<script>` element it sits in. */
function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
