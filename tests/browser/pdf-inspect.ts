/** Reads an exported PDF for the tests: text per page, outline, fonts, metadata, links. */
import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, PDFArray } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfFacts {
  pageCount: number;
  /** Each page's size in points. */
  pageSizes: { width: number; height: number }[];
  /** Each page's text, whitespace removed (pdf.js splits words into runs at will). */
  texts: string[];
  /** Each page's leftmost text, in points from the left edge. */
  textLeft: number[];
  outline: { title: string; pageIndex: number }[];
  fonts: { name: string; subtype: string; descendant?: string; fontFile2: boolean }[];
  meta: { title?: string; author?: string; subject?: string; keywords?: string; lang?: string; created?: Date };
  /** URIs of the link annotations, per page. */
  links: string[][];
}

export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export async function readPdf(path: string): Promise<PdfFacts> {
  const bytes = readFileSync(path);
  const lib = await PDFDocument.load(bytes, { updateMetadata: false });
  const js = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, useSystemFonts: false }).promise;
  try {
    const texts: string[] = [];
    const textLeft: number[] = [];
    const links: string[][] = [];
    for (let number = 1; number <= js.numPages; number++) {
      const page = await js.getPage(number);
      const content = await page.getTextContent();
      texts.push(squash(content.items.map((item) => ('str' in item ? item.str : '')).join('')));
      const runs = content.items.filter((item) => 'str' in item && item.str.trim() !== '');
      textLeft.push(Math.min(...runs.map((item) => ('transform' in item ? (item.transform[4] as number) : Infinity))));
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string }[];
      links.push(annotations.filter((annotation) => annotation.subtype === 'Link' && annotation.url).map((annotation) => annotation.url!));
    }
    const lang = lib.catalog.get(PDFName.of('Lang'));
    return {
      pageCount: lib.getPageCount(),
      pageSizes: lib.getPages().map((page) => page.getSize()),
      texts,
      textLeft,
      outline: await readOutline(js),
      fonts: readFonts(lib),
      meta: {
        title: lib.getTitle(),
        author: lib.getAuthor(),
        subject: lib.getSubject(),
        keywords: lib.getKeywords(),
        lang: lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined,
        created: lib.getCreationDate(),
      },
      links,
    };
  } finally {
    await js.destroy();
  }
}

async function readOutline(js: PDFDocumentProxy): Promise<PdfFacts['outline']> {
  const items = (await js.getOutline()) ?? [];
  const entries: PdfFacts['outline'] = [];
  for (const item of items) {
    const dest = typeof item.dest === 'string' ? await js.getDestination(item.dest) : item.dest;
    const target = dest?.[0] as { num: number; gen: number } | undefined;
    entries.push({ title: item.title, pageIndex: target ? await js.getPageIndex(target) : -1 });
  }
  return entries;
}

/** Every font dictionary in the file, whichever page or form uses it. */
function readFonts(lib: PDFDocument): PdfFacts['fonts'] {
  const fonts: PdfFacts['fonts'] = [];
  for (const [, object] of lib.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = String(object.get(PDFName.of('Subtype')));
    if (subtype === '/CIDFontType0' || subtype === '/CIDFontType2') continue; // read through their Type0 parent
    const descendants = lib.context.lookupMaybe(object.get(PDFName.of('DescendantFonts')), PDFArray);
    const descendant = descendants ? lib.context.lookupMaybe(descendants.get(0), PDFDict) : undefined;
    const descriptor = lib.context.lookupMaybe((descendant ?? object).get(PDFName.of('FontDescriptor')), PDFDict);
    fonts.push({
      name: String(object.get(PDFName.of('BaseFont'))),
      subtype,
      descendant: descendant ? String(descendant.get(PDFName.of('Subtype'))) : undefined,
      fontFile2: descriptor?.has(PDFName.of('FontFile2')) ?? false,
    });
  }
  return fonts;
}
