/** A plan file dropped anywhere on the window opens (the palette's drags are pointer drags, not files). */

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** `open` gets the first file, and every file dropped (RVTools' CSV tabs come in pairs). */
export function installFileDrop(
  open: (file: File, all: readonly File[]) => void,
  target: Window = window,
): () => void {
  const onDragOver = (e: DragEvent): void => {
    if (!carriesFiles(e)) return;
    // Without this the browser would navigate to the file.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent): void => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const all = Array.from(e.dataTransfer?.files ?? []);
    const file = all[0];
    if (file) open(file, all);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
