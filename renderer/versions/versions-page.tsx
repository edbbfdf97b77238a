/** `#/utkast/<id>/versioner`: the draft's kept versions. Placeholder until the history view is built. */
export function VersionsPage({ draftId }: { draftId: string }) {
  return <p>{draftId}</p>;
}
