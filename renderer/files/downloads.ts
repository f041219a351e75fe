/** Saving in the browser: a download through a temporary link to a Blob URL. */

export function downloadFile(data: Uint8Array | string, fileName: string, type: string): void {
  // A copy into a fresh ArrayBuffer: Blob parts may not be views of a SharedArrayBuffer.
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download reads the Blob after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
