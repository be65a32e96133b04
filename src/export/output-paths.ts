/** Where each language's PDF goes: `exports/leapmotor-decade.<lang>.pdf`, or `--out` (a file or a folder). */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../model.ts';
import { UsageError } from './export-errors.ts';

export const DEFAULT_OUT_DIR = 'exports';

export function pdfFileName(lang: Lang): string {
  return `leapmotor-decade.${lang}.pdf`;
}

export function outputPaths(root: string, langs: readonly Lang[], out?: string): Map<Lang, string> {
  const target = resolve(root, out ?? DEFAULT_OUT_DIR);
  const isFile = /\.pdf$/i.test(target) && !(existsSync(target) && statSync(target).isDirectory());
  if (isFile && langs.length !== 1) {
    throw new UsageError(`--out ${out} names one file but ${langs.length} languages are exported: add --lang, or give a folder`);
  }
  return new Map(langs.map((lang) => [lang, isFile ? target : join(target, pdfFileName(lang))]));
}
