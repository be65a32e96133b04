/**
 * A realistic event set built by hand from the milestones in shared/facts.md (not read from
 * slides/, so these tests do not move when the talk's wording does).
 */
import type { Category, Era, TimelineEvent } from '../../../src/model';
import { preciseDate } from '../../../src/timeline/synthetic-events';

type Row = [id: string, date: string, category: Category, zh: string, en: string, key?: boolean];

const ROWS: Row[] = [
  ['founding', '2015-12', 'company', '零跑於杭州濱江成立', 'Leapmotor founded in Hangzhou', true],
  ['brand', '2017-03', 'company', '零跑品牌於金華發布', 'Brand launched in Jinhua'],
  ['s01', '2019-06', 'product', '首款車型S01上市交付', 'First car, the S01, delivered'],
  ['t03', '2020-05', 'product', 'T03上市', 'T03 launched'],
  ['c11', '2021-H2', 'product', 'C11上市', 'C11 launched'],
  ['ctc', '2022-04', 'technology', '發布CTC電池底盤一體化', 'Cell-to-chassis battery unveiled'],
  ['ipo', '2022-09-29', 'capital', '港交所上市', 'Listed in Hong Kong'],
  ['clover', '2023-07-31', 'technology', '「四葉草」中央集成電子電氣架構', 'Four-Leaf Clover architecture'],
  ['leap3', '2023-09', 'technology', 'LEAP3.0與C10亮相慕尼黑車展', 'LEAP 3.0 and the C10 at IAA Munich'],
  ['stellantis', '2023-10-26', 'partnership', 'Stellantis戰略入股，成立零跑國際', 'Stellantis invests; Leapmotor International formed', true],
  ['intl', '2024-05', 'global', '零跑國際正式啟動', 'Leapmotor International launched'],
  ['europe', '2024-09', 'global', '登陸歐洲市場', 'On sale in Europe'],
  ['q4-profit', '2024-Q4', 'results', '首次單季盈利', 'First profitable quarter'],
  ['faw-memo', '2025-03-03', 'partnership', '與一汽簽署戰略合作備忘錄', 'Memorandum with FAW'],
  ['b10', '2025-04-10', 'product', 'B10上市', 'B10 launched'],
  ['leap35', '2025', 'technology', 'LEAP3.5中央域控、800V高壓平台、OneBox量產', 'LEAP 3.5, 800 V and OneBox in production'],
  ['h1-profit', '2025-H1', 'results', '首次半年度盈利', 'First profitable half-year'],
  ['letter', '2025-12-24', 'company', '朱江明十週年全員內部信', "Zhu Jiangming's tenth-anniversary letter", true],
  ['faw-signing', '2025-12-28', 'partnership', '十週年發布會暨與中國一汽戰略合作簽約', 'Tenth-anniversary event and the China FAW signing', true],
  ['fy2025', '2025', 'results', '全年交付翻倍，首個年度盈利', 'Deliveries double; first profitable year'],
  ['fy2025-results', '2026-03', 'results', '2025年度業績', 'Results for 2025'],
];

export const FACTS_EVENTS: TimelineEvent[] = ROWS.map(([id, date, category, zh, en, key]) => ({
  id,
  date: preciseDate(date),
  title: { 'zh-Hant': zh, en },
  summary: { 'zh-Hant': zh, en },
  category,
  importance: key ? 'key' : 'normal',
  slide: id,
  sources: [],
}));

export const FACTS_ERAS: Era[] = [
  ['founding', '2015-12', '2019-12', '創立與首款車', 'Founding and the first car'],
  ['scale', '2020-01', '2022-12', '規模與上市', 'Scale and the listing'],
  ['partners', '2023-01', '2024-09', '夥伴與出海', 'Partners and going global'],
  ['profit', '2024-10', '2025-12', '盈利與第十年', 'Profit and the tenth year'],
].map(([id, a, b, zh, en]) => ({
  id: id!,
  start: preciseDate(a!),
  end: preciseDate(b!),
  title: { 'zh-Hant': zh!, en: en! },
}));

/**
 * Label width without a browser: CJK and full-width characters take 1 em, others about 0.56 em
 * (a little wider than Noto Sans' average, so tests err on the side of overlap).
 */
export function approxWidth(text: string, px: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56;
  return em * px;
}
