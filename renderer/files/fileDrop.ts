/** A plan file dropped anywhere on the window opens (the palette's drags are pointer drags, not files). */

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

export function installFileDrop(open: (file: File) => void, target: Window = window): () => void {
  const onDragOver = (e: DragEvent): void => {
    if (!carriesFiles(e)) return;
    // Without this the browser would navigate to the file.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (e: DragEvent): void => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) open(file);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
