/** A host or guest OS as a card shows it: "Ubuntu 24.04"; a server without one says so. */
export function formatOs(os: { readonly name: string; readonly version: string } | null): string {
  return os ? `${os.name} ${os.version}`.trim() : 'No host OS';
}
