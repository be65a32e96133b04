import { describe, expect, it } from 'vitest';
import { indexSlides, search } from '../../../src/deck/search-index.ts';
import type { Slide } from '../../../src/model.ts';

const slide = (id: string, title: string, html: string, notesHtml = ''): Slide => ({
  id, title, html, notesHtml, h: 0, v: 0, section: 's', sources: [], file: 'f.md', line: 1,
});
const strip = (html: string) => html.replace(/<[^>]*>/g, ' ');

const entries = [
  ...indexSlides('zh-Hant', [slide('founding', '創立', '<h1>創立</h1><p>杭州濱江</p>'), slide('stellantis', 'Stellantis入股', '<p>約15億歐元</p>', '<p>零跑國際</p>')], strip),
  ...indexSlides('en', [slide('founding', 'Founded', '<h1>Founded</h1><p>Binjiang, Hangzhou</p>'), slide('stellantis', 'Stellantis invests', '<p>about €1.5 bn</p>')], strip),
];

describe('search', () => {
  it('finds Chinese text, notes included', () => {
    expect(search(entries, '零跑國際', 'zh-Hant').map((hit) => [hit.entry.lang, hit.entry.id])).toEqual([['zh-Hant', 'stellantis']]);
  });

  it('finds English text regardless of case, from the Chinese talk too', () => {
    const hits = search(entries, 'hangzhou', 'zh-Hant');
    expect(hits.map((hit) => [hit.entry.lang, hit.entry.id])).toEqual([['en', 'founding']]);
    expect(hits[0]?.excerpt).toContain('Hangzhou');
  });

  it('puts the current language first and needs every word', () => {
    expect(search(entries, 'stellantis', 'en').map((hit) => hit.entry.lang)).toEqual(['en', 'zh-Hant']);
    expect(search(entries, 'stellantis hangzhou', 'en')).toEqual([]);
    expect(search(entries, '   ', 'en')).toEqual([]);
  });

  it('matches full-width and half-width forms alike', () => {
    expect(search(entries, 'ＳＴＥＬＬＡＮＴＩＳ', 'en')).toHaveLength(2);
  });
});
