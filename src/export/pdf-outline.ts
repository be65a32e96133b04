/**
 * Writes a flat document outline (bookmarks) into a PDF. pdf-lib has no outline API, so this
 * builds the /Outlines dictionary (PDF 1.7, 12.3.3) by hand; titles are UTF-16 hex strings so
 * Chinese titles survive.
 */
import { PDFHexString, PDFName, type PDFDocument, type PDFRef } from 'pdf-lib';

export interface Bookmark {
  title: string;
  /** Zero-based page the bookmark opens. */
  pageIndex: number;
}

export function writeOutline(doc: PDFDocument, bookmarks: Bookmark[]): void {
  const { context, catalog } = doc;
  if (bookmarks.length === 0) {
    catalog.delete(PDFName.of('Outlines'));
    return;
  }
  const pages = doc.getPages();
  const root = context.nextRef();
  const refs: PDFRef[] = bookmarks.map(() => context.nextRef());
  bookmarks.forEach((bookmark, index) => {
    const page = pages[bookmark.pageIndex];
    if (!page) throw new RangeError(`bookmark "${bookmark.title}" points at page ${bookmark.pageIndex + 1} of ${pages.length}`);
    const item = context.obj({
      Title: PDFHexString.fromText(bookmark.title),
      Parent: root,
      Dest: [page.ref, 'Fit'],
    });
    if (index > 0) item.set(PDFName.of('Prev'), refs[index - 1]!);
    if (index < refs.length - 1) item.set(PDFName.of('Next'), refs[index + 1]!);
    context.assign(refs[index]!, item);
  });
  context.assign(root, context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs.at(-1)!, Count: refs.length }));
  catalog.set(PDFName.of('Outlines'), root);
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
