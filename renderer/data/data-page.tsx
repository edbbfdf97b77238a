/** `#/datamapp`: the data folder and its backups. Placeholder until it is built. */
export function DataPage() {
  return null;
}
