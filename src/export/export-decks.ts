// Slide PDFs and handouts for every deck job, printed in parallel pages of one browser.
import type { DeckJob } from '../build.js';
import type { Logger } from '../log.js';
import type { Output } from '../write/output.js';

export interface ExportOptions {
  formats: ReadonlySet<'pdf' | 'handout'>;
  concurrency?: number;
  pdfFragments?: boolean;
  pdfNotes?: boolean;
  paper?: 'A4' | 'Letter';
  handoutLayout?: '3-up' | '6-up' | 'notes';
  timeoutMs?: number;
}

export interface ExportResult {
  job: DeckJob;
  pdf?: string;
  handout?: string;
  pages?: { pdf?: number; handout?: number };
  files: number;
  error?: string;
}

export async function exportDecks(jobs: DeckJob[], _output: Output, _options: ExportOptions, logger: Logger): Promise<ExportResult[]> {
  logger.warn('PDF export is not available yet');
  return jobs.map((job) => ({ job, files: 0 }));
}
