/** Validates parsed YAML against a JSON schema and reports each error at its line, with a fix. */
import Ajv, { type ErrorObject } from 'ajv';
import { LANGS } from '../model.ts';
import type { ProblemList } from './content-error.ts';
import type { YamlSource } from './yaml-source.ts';

const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true });
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** True when `source.value` satisfies `schema`; otherwise each error is added to `problems`. */
export function checkSchema(
  schema: object,
  source: YamlSource,
  file: string,
  problems: ProblemList,
  what: string,
): boolean {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(source.value)) return true;
  for (const error of validate.errors ?? []) {
    const path = error.instancePath.split('/').slice(1).map(unescapePointer);
    // A bad key name: ajv reports it twice (the name's own error, then "property name must be valid").
    if (error.keyword === 'propertyNames') continue;
    if (error.propertyName !== undefined) {
      const where = path.length ? `"${path.join('.')}"` : what;
      problems.add(file, source.lineOf([...path, error.propertyName], true), `key "${error.propertyName}" in ${where} ${describePattern(error.parentSchema)}`);
      continue;
    }
    const { message, keyPath } = describe(error, path, what);
    problems.add(file, source.lineOf(keyPath ?? path, keyPath !== undefined), message);
  }
  return false;
}

function unescapePointer(part: string): string | number {
  const text = part.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(text) ? Number(text) : text;
}

function describe(
  error: ErrorObject,
  path: (string | number)[],
  what: string,
): { message: string; keyPath?: (string | number)[] } {
  const where = path.length ? `"${path.join('.')}"` : what;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const guess = closest(key, allowed);
      return {
        message:
          `unknown key "${key}" in ${what}` +
          (guess ? `: did you mean "${guess}"?` : `: allowed keys are ${allowed.join(', ')}`),
        keyPath: [...path, key],
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      if ((LANGS as readonly string[]).includes(key)) {
        return { message: `missing the ${key} translation of ${where}: add \`${key}: …\`` };
      }
      return { message: `missing key "${key}" in ${where}: add it` };
    }
    case 'enum':
      return {
        message: `${where} must be one of ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern':
      return { message: `${where} ${describePattern(error.parentSchema)}` };
    case 'type':
      return { message: `${where} must be ${String(params.type).split(',').map((type) => TYPE_WORDS[type] ?? type).join(' or ')}` };
    case 'minItems':
      return { message: `${where} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}: add one` };
    default:
      return { message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a map of `key: value` lines',
  array: 'a list (`[a, b]`, or `- item` lines)',
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'empty',
};

function describePattern(schema: unknown): string {
  const description = (schema as { description?: string } | undefined)?.description;
  return description ? `must be ${description}` : 'has an invalid form';
}

/** The allowed word nearest to a typo, when it is near enough to be a likely fix. */
function closest(word: string, options: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const option of options) {
    const distance = editDistance(word.toLowerCase(), option.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
