/** Loads the talk's YAML data files (deck, sources, timeline events, deliveries) into the model. */
import { join } from 'node:path';
import type { DeckMeta, DeliveryYear, Era, Localized, Source, TimelineEvent } from '../model.ts';
import { checkSchema } from './check-schema.ts';
import type { ProblemList } from './content-error.ts';
import { parseDate } from '../parse-date.ts';
import { deckSchema, deliveriesSchema, sourcesSchema, timelineSchema } from './schemas.ts';
import { readTextFile } from './read-text-file.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** A reference from a data file to a slide or source id, kept to check it later. */
export interface Reference {
  kind: 'slide' | 'source';
  id: string;
  file: string;
  line: number;
}

export interface DataFiles {
  meta?: DeckMeta;
  sources: Record<string, Source>;
  events: TimelineEvent[];
  eras: Era[];
  deliveries: DeliveryYear[];
  references: Reference[];
  /** Every event id the timeline declares, also those dropped for a bad date. */
  eventIds: Set<string>;
  /** Data files that did not load (`timeline.yaml`): references into them are not checked. */
  failed: Set<string>;
}

export function loadDataFiles(root: string, problems: ProblemList): DataFiles {
  const data: DataFiles = { sources: {}, events: [], eras: [], deliveries: [], references: [], eventIds: new Set(), failed: new Set() };
  const read = (name: string, schema: object, what: string): { yaml: YamlSource; file: string } | undefined => {
    const file = `slides/${name}`;
    const text = readTextFile(join(root, file), file, problems);
    const yaml = text === undefined ? undefined : parseYaml(text, file, 1, problems);
    if (!yaml || !checkSchema(schema, yaml, file, problems, what)) {
      data.failed.add(name);
      return undefined;
    }
    return { yaml, file };
  };

  const deck = read('deck.yaml', deckSchema, 'deck.yaml');
  if (deck) {
    const value = deck.yaml.value as Omit<DeckMeta, 'durationMinutes'> & { duration: number };
    const { duration, ...rest } = value;
    data.meta = { ...rest, durationMinutes: duration };
  }

  const sources = read('sources.yaml', sourcesSchema, 'sources.yaml');
  if (sources) {
    const value = sources.yaml.value as Record<string, Localized & { url?: string }>;
    for (const [id, { url, ...label }] of Object.entries(value)) {
      data.sources[id] = { id, label: label as Localized, ...(url ? { url } : {}) };
    }
  }

  const timeline = read('timeline.yaml', timelineSchema, 'timeline.yaml');
  if (timeline) readTimeline(timeline.yaml, timeline.file, data, problems);

  const deliveries = read('deliveries.yaml', deliveriesSchema, 'deliveries.yaml');
  if (deliveries) {
    const value = deliveries.yaml.value as { years: (Omit<DeliveryYear, 'approximate'> & { approximate?: boolean })[] };
    value.years.forEach((year, index) => {
      data.deliveries.push({ ...year, approximate: year.approximate ?? false });
      for (const [i, id] of year.sources.entries()) {
        data.references.push({ kind: 'source', id, file: deliveries.file, line: deliveries.yaml.lineOf(['years', index, 'sources', i]) });
      }
    });
  }
  return data;
}

interface EventSource {
  id: string;
  date: string | number;
  end?: string | number;
  title: Localized;
  summary: Localized;
  category: TimelineEvent['category'];
  importance: TimelineEvent['importance'];
  slide: string;
  sources: string[];
}

interface EraSource {
  id: string;
  start: string | number;
  end: string | number;
  title: Localized;
}

function readTimeline(yaml: YamlSource, file: string, data: DataFiles, problems: ProblemList): void {
  const value = yaml.value as { eras: EraSource[]; events: EventSource[] };
  const seen = new Map<string, number>();
  const date = (input: string | number, path: (string | number)[]): ReturnType<typeof parseDate> => {
    const parsed = parseDate(input);
    if (!parsed) {
      problems.add(file, yaml.lineOf(path), `invalid date "${input}": write YYYY, YYYY-H1, YYYY-Q4, YYYY-MM or YYYY-MM-DD (a real day)`);
    }
    return parsed;
  };
  const checkId = (id: string, path: (string | number)[]): void => {
    const line = yaml.lineOf(path);
    const first = seen.get(id);
    if (first !== undefined) problems.add(file, line, `duplicate id "${id}" (first at ${file}:${first}): give each event and era its own id`);
    else seen.set(id, line);
  };

  value.eras.forEach((era, index) => {
    checkId(era.id, ['eras', index, 'id']);
    const start = date(era.start, ['eras', index, 'start']);
    const end = date(era.end, ['eras', index, 'end']);
    if (!start || !end) return;
    if (end.end <= start.start) {
      problems.add(file, yaml.lineOf(['eras', index, 'end']), `era "${era.id}" ends (${end.text}) before it starts (${start.text}): swap or fix the dates`);
      return;
    }
    data.eras.push({ id: era.id, start, end, title: era.title });
  });

  value.events.forEach((event, index) => {
    data.eventIds.add(event.id);
    checkId(event.id, ['events', index, 'id']);
    const start = date(event.date, ['events', index, 'date']);
    const end = event.end === undefined ? undefined : date(event.end, ['events', index, 'end']);
    if (!start || (event.end !== undefined && !end)) return;
    if (end && end.end <= start.start) {
      problems.add(file, yaml.lineOf(['events', index, 'end']), `event "${event.id}" ends (${end.text}) before it starts (${start.text}): fix "end"`);
      return;
    }
    data.references.push({ kind: 'slide', id: event.slide, file, line: yaml.lineOf(['events', index, 'slide']) });
    event.sources.forEach((id, i) => {
      data.references.push({ kind: 'source', id, file, line: yaml.lineOf(['events', index, 'sources', i]) });
    });
    data.events.push({
      id: event.id,
      date: start,
      ...(end ? { end } : {}),
      title: event.title,
      summary: event.summary,
      category: event.category,
      importance: event.importance,
      slide: event.slide,
      sources: event.sources,
    });
  });
  data.events.sort((a, b) => a.date.start - b.date.start);
}
