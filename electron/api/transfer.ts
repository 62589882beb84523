// .omni export and import of one municipality (see workbook/transfer.ts).
import type { Handlers } from '../../shared/api/contract';
import type { Workbook } from '../workbook/connection';
import { applyImport, exportMunicipality, findExisting, readOmniFile, type ImportMode } from '../workbook/transfer';

type TransferMethods = 'omni.export' | 'omni.preview' | 'omni.import';

/** The preview is the import itself, rolled back: it shows exactly what would be applied. */
class Rollback extends Error {}

export function createTransferHandlers(workbook: Workbook): Pick<Handlers, TransferMethods> {
  const { db } = workbook;
  const read = (dataBase64: string, passphrase?: string) =>
    readOmniFile(Buffer.from(dataBase64, 'base64'), workbook.schemaVersion, passphrase || undefined);

  return {
    'omni.export': ({ municipalityId, passphrase }) => {
      const file = exportMunicipality(db, municipalityId, passphrase || undefined);
      return { fileName: file.fileName, dataBase64: file.data.toString('base64') };
    },
    'omni.preview': ({ dataBase64, passphrase, mode }) => {
      const { manifest, rows } = read(dataBase64, passphrase);
      const existing = findExisting(db, rows) ?? null;
      const chosen: ImportMode = mode ?? (existing ? 'merge' : 'new');
      let outcome: ReturnType<typeof applyImport> | undefined;
      try {
        db.transaction(() => {
          outcome = applyImport(db, rows, chosen);
          throw new Rollback();
        })();
      } catch (err) {
        if (!(err instanceof Rollback)) throw err;
      }
      return {
        createdAt: manifest.createdAt,
        schemaVersion: manifest.schemaVersion,
        encrypted: manifest.encryption !== undefined,
        existing,
        outcome: outcome!,
      };
    },
    'omni.import': ({ dataBase64, passphrase, mode }) => {
      const { rows } = read(dataBase64, passphrase);
      // One transaction: a failure half-way leaves the workbook as it was.
      return db.transaction(() => applyImport(db, rows, mode))();
    },
  };
}
