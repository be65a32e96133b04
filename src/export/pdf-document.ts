/** Finishes Chromium's PDF with pdf-lib: document metadata, the catalog's /Lang, and the outline. */
import { PDFDocument } from 'pdf-lib';
import { PrintError } from './export-errors.ts';
import { writeOutline, type Bookmark } from './pdf-outline.ts';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 tag, e.g. `zh-Hant`: screen readers and text extraction use it. */
  lang: string;
  created: Date;
  creator: string;
  /** Pages the print view laid out: the PDF must have exactly these. */
  pages: number;
  bookmarks: Bookmark[];
}

export async function finishPdf(printed: Uint8Array, info: DocumentInfo): Promise<Uint8Array> {
  const doc = await PDFDocument.load(printed, { updateMetadata: false });
  if (doc.getPageCount() !== info.pages) {
    throw new PrintError(`the browser printed ${doc.getPageCount()} pages for the ${info.pages} the print view laid out`);
  }
  doc.setTitle(info.title, { showInWindowTitleBar: true });
  doc.setAuthor(info.author);
  doc.setSubject(info.subject);
  // One string: pdf-lib would join an array with spaces, and keywords hold spaces ("China FAW").
  doc.setKeywords([info.keywords.join(', ')]);
  doc.setLanguage(info.lang);
  doc.setCreationDate(info.created);
  doc.setModificationDate(info.created);
  doc.setCreator(info.creator);
  doc.setProducer('Chromium (Skia/PDF) and pdf-lib');
  writeOutline(doc, info.bookmarks);
  return doc.save();
}
