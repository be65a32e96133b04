/** Turns one split slide file into typed slides: front matter checked, Markdown rendered, ids given. */
import type { MarkdownIt } from 'markdown-it';
import type { ChartKind, Slide } from '../model.ts';
import { checkSchema } from './check-schema.ts';
import type { ProblemList } from './content-error.ts';
import { renderSlide } from './render-slide.ts';
import { fileFrontMatterSchema, slideMetaSchema } from './schemas.ts';
import type { FileSource, BlockSource } from './split-slides.ts';
import { parseYaml } from './yaml-source.ts';

export interface SlideMeta {
  id?: string;
  event?: string;
  sources?: string[];
  chart?: ChartKind;
  generated?: 'sources';
  class?: string;
  background?: string;
}

export interface FileFrontMatter extends SlideMeta {
  section: string;
  title: string;
}

export interface BuiltFile {
  section: FileFrontMatter;
  slides: Omit<Slide, 'h' | 'v'>[];
  /** Whether each slide starts a vertical sub-slide. */
  vertical: boolean[];
}

export function buildSlides(
  md: MarkdownIt,
  file: string,
  source: FileSource,
  problems: ProblemList,
): BuiltFile | undefined {
  if (!source.frontMatter) {
    problems.add(file, 1, 'missing front matter: start the file with `---`, `section: <id>`, `title: <section title>`, `---`');
    return undefined;
  }
  const head = readBlock<FileFrontMatter>(source.frontMatter, fileFrontMatterSchema, file, problems, 'the front matter');
  if (!head) return undefined;
  const section = head.value;
  if (source.slides.every((slide) => slide.body.trim() === '')) {
    problems.add(file, source.frontMatter.line, 'empty slide file: add at least one slide with a `# heading`');
    return undefined;
  }

  const slides: BuiltFile['slides'] = [];
  const vertical: boolean[] = [];
  source.slides.forEach((slideSource, index) => {
    const block = index === 0 ? head : slideSource.meta
      ? readBlock<SlideMeta>(slideSource.meta, slideMetaSchema, file, problems, 'the slide front matter')
      : { value: {}, idLine: slideSource.line };
    if (!block) return;
    const meta: SlideMeta = block.value;
    if (slideSource.body.trim() === '') {
      problems.add(file, slideSource.line, 'empty slide: add content, or remove the extra `---`');
      return;
    }
    const rendered = renderSlide(md, slideSource.body);
    const titleLine = slideSource.bodyLine + Math.max(0, rendered.titleLine);
    const id = meta.id ?? slugify(rendered.title);
    if (!id) {
      problems.add(file, slideSource.bodyLine, 'slide has no id: add `id: <kebab-case-id>` to its front matter, or a `# heading`');
      return;
    }
    slides.push({
      id,
      section: section.section,
      title: rendered.title || id,
      html: rendered.html,
      notesHtml: rendered.notesHtml,
      event: meta.event,
      sources: meta.sources ?? [],
      chart: meta.chart,
      generated: meta.generated,
      className: meta.class,
      background: meta.background ?? rendered.background,
      file,
      line: meta.id ? block.idLine : titleLine,
    });
    vertical.push(slideSource.vertical);
  });
  return { section, slides, vertical };
}

interface Block<T> {
  value: T;
  /** Line of the key `id`, or of the block. */
  idLine: number;
}

function readBlock<T>(
  block: BlockSource,
  schema: object,
  file: string,
  problems: ProblemList,
  what: string,
): Block<T> | undefined {
  const yaml = parseYaml(block.text, file, block.line, problems);
  if (!yaml) return undefined;
  if (yaml.value === null || yaml.value === undefined) {
    yaml.value = {};
  }
  if (!checkSchema(schema, yaml, file, problems, what)) return undefined;
  return { value: yaml.value as T, idLine: yaml.lineOf(['id'], true) };
}

/** An id from a heading: lower case, letters and digits of any script, joined by `-`. */
export function slugify(heading: string): string {
  return heading
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
