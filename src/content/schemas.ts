/** JSON schemas of the talk's source files; each `description` completes "must be …" in errors. */
import { CATEGORIES, LANGS } from '../model.ts';

const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'kebab-case (a-z, 0-9, -)' };
const text = { type: 'string', minLength: 1 };
const localized = {
  type: 'object',
  properties: Object.fromEntries(LANGS.map((lang) => [lang, text])),
  required: [...LANGS],
  additionalProperties: false,
};
const idList = { type: 'array', items: id };
const dateText = {
  type: ['string', 'number'],
  description: 'a date: YYYY, YYYY-H1, YYYY-Q4, YYYY-MM or YYYY-MM-DD',
};

/** Keys a slide may set in its own front matter. */
export const slideKeys = {
  id,
  event: id,
  sources: idList,
  chart: { enum: ['timeline', 'deliveries'] },
  generated: { enum: ['sources'] },
  class: { type: 'string', pattern: '^[A-Za-z0-9_ -]*$', description: 'CSS class names' },
  background: {
    type: 'string',
    pattern: '^(#[0-9a-fA-F]{3,8}|[a-z]+|rgba?\\([0-9., %]+\\))$',
    description: 'a CSS colour (#0b1f33, navy, rgb(…))',
  },
};

export const slideMetaSchema = { type: 'object', properties: slideKeys, additionalProperties: false };

/** The first block of a slide file: its section, plus the first slide's keys. */
export const fileFrontMatterSchema = {
  type: 'object',
  properties: { section: id, title: text, ...slideKeys },
  required: ['section', 'title'],
  additionalProperties: false,
};

export const deckSchema = {
  type: 'object',
  properties: {
    title: localized,
    subtitle: localized,
    description: localized,
    author: text,
    keywords: { type: 'array', items: text },
    duration: { type: 'number', exclusiveMinimum: 0 },
  },
  required: ['title', 'subtitle', 'description', 'author', 'keywords', 'duration'],
  additionalProperties: false,
};

export const sourcesSchema = {
  type: 'object',
  propertyNames: id,
  additionalProperties: {
    type: 'object',
    properties: { ...localized.properties, url: { type: 'string', pattern: '^https://', description: 'an https:// address' } },
    required: [...LANGS],
    additionalProperties: false,
  },
};

export const timelineSchema = {
  type: 'object',
  properties: {
    eras: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id, start: dateText, end: dateText, title: localized },
        required: ['id', 'start', 'end', 'title'],
        additionalProperties: false,
      },
    },
    events: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        properties: {
          id,
          date: dateText,
          end: dateText,
          title: localized,
          summary: localized,
          category: { enum: [...CATEGORIES] },
          importance: { enum: ['key', 'normal'] },
          slide: id,
          sources: idList,
        },
        required: ['id', 'date', 'title', 'summary', 'category', 'importance', 'slide', 'sources'],
        additionalProperties: false,
      },
    },
  },
  required: ['eras', 'events'],
  additionalProperties: false,
};

export const deliveriesSchema = {
  type: 'object',
  properties: {
    years: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          year: { type: 'integer', minimum: 2015, maximum: 2100 },
          value: { type: ['integer', 'null'], minimum: 0 },
          approximate: { type: 'boolean' },
          note: localized,
          sources: idList,
        },
        required: ['year', 'value', 'sources'],
        additionalProperties: false,
      },
    },
  },
  required: ['years'],
  additionalProperties: false,
};
