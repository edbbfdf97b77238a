import { suggestFileName } from '../../shared/draft/file-name';
import type { DocumentTarget } from '../../shared/documents/document-route';
import type { Draft } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { PRINT_MESSAGE } from '../../shared/i18n/print';
import type { Handlers } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { documentContext } from './document-context';
import type { ServiceDeps } from './service-deps';

/**
 * "Exportera PDF" and "Skriv ut": the draft's document printed by the shell's
 * DocumentPrinter from the renderer's own HTML (the document page), so the PDF
 * and the paper show the preview's pages. Both read the draft as stored.
 */
export function createDocumentHandlers(deps: ServiceDeps): Pick<Handlers, 'exportPdf' | 'printDocument'> {
  const { store, exports, documents, history, bestEffort } = deps;

  /** Which document to print: with the löften only when the agreement has some, as the Word export decides it. */
  const targetOf = async (draft: Draft, withPromises: boolean): Promise<DocumentTarget> => {
    const context = await documentContext(store, draft, withPromises);
    return { draftId: draft.id, withPromises: (context.appendices?.length ?? 0) > 0 };
  };

  return {
    exportPdf: async (id, { withPromises }) => {
      const draft = await store.get(id);
      const target = await targetOf(draft, withPromises);
      return exports.save({
        draft,
        kind: 'pdf',
        fileType: 'pdf',
        suggestedName: suggestFileName(draft, 'pdf', { withPromises: target.withPromises }),
        reason: 'pdf',
        write: async (file) => {
          // The PDF is made before anything is written, so a failure leaves no file behind.
          let bytes: Uint8Array;
          try {
            bytes = await documents.pdf(target);
          } catch (error) {
            throw userError('pdf-failed', PRINT_MESSAGE.pdfFailed, error);
          }
          try {
            await writeFileAtomic(file, bytes);
          } catch (error) {
            throw userError('export-failed', PRINT_MESSAGE.pdfFailed, error);
          }
        },
      });
    },
    printDocument: async (id, { withPromises, copies }) => {
      const draft = await store.get(id);
      const target = await targetOf(draft, withPromises);
      let printed: boolean;
      try {
        printed = await documents.print(target, copies);
      } catch (error) {
        throw userError('print-failed', PRINT_MESSAGE.printFailed, error);
      }
      if (printed) await bestEffort('keeping the printed version', () => history.record(draft, 'utskriven'));
      return printed;
    },
  };
}

/** A failure as the user reads it: what failed and what to do, with the cause's own words (Swedish when it is a UserError). */
function userError(code: string, message: (detail: string) => string, error: unknown): UserError {
  return new UserError(code, message(error instanceof Error ? error.message : String(error)));
}
