/**
 * Times the PDF export per language with one browser (launched once, as the exporter does) and
 * reports each PDF's size. Called by scripts/bench.ts; builds dist/ first only if it is stale.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportPdf } from '../src/export/export-pdf.ts';

export async function benchPdf(): Promise<{ lang: string; ms: number; bytes: number }[]> {
  const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  try {
    const { files } = await exportPdf({ out });
    return files.map((file) => ({ lang: file.lang, ms: file.ms, bytes: file.bytes }));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
