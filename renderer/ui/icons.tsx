/** Toolbar glyphs: 16 px line icons in the text colour. */
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  new: (
    <path d="M9 2H4.5A1.5 1.5 0 0 0 3 3.5v9A1.5 1.5 0 0 0 4.5 14h7a1.5 1.5 0 0 0 1.5-1.5V6L9 2Zm0 0v4h4M8 8v4M6 10h4" />
  ),
  examples: (
    <path d="M2.5 3.5h4a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 0-1.5-1.5h-4v-8Zm11 0h-4A1.5 1.5 0 0 0 8 5v8a1.5 1.5 0 0 1 1.5-1.5h4v-8Z" />
  ),
  undo: <path d="M5.5 4 2.5 7l3 3M2.5 7h7a4 4 0 0 1 0 8h-2" />,
  redo: <path d="m10.5 4 3 3-3 3M13.5 7h-7a4 4 0 0 0 0 8h2" />,
  duplicate: (
    <path d="M5.5 5.5v-2a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-2M3.5 5.5h6a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1h-6a1 1 0 0 1-1-1v-6a1 1 0 0 1 1-1Z" />
  ),
  delete: (
    <path d="M3 4.5h10M6.5 4.5v-2h3v2M4.5 4.5l.6 8.6a1 1 0 0 0 1 .9h3.8a1 1 0 0 0 1-.9l.6-8.6M6.8 7v4.5M9.2 7v4.5" />
  ),
  fit: <path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10M5.5 5.5h5v5h-5z" />,
  failure: <path d="M9 1.5 3.5 9H8l-1 5.5L12.5 7H8l1-5.5Z" />,
  heat: (
    <path d="M8 14.5a4.5 4.5 0 0 0 4.5-4.5c0-3-2.5-4.5-3-8-2 1.5-3 3.5-3 5.5-1-.5-1.5-1.5-1.5-2.5-1 1-1.5 3-1.5 5A4.5 4.5 0 0 0 8 14.5Z" />
  ),
  minimap: <path d="M2 3.5 6 2l4 1.5L14 2v10.5L10 14l-4-1.5L2 14V3.5Zm4-1.5v10.5m4-9v10.5" />,
  theme: <path d="M8 2a6 6 0 1 0 0 12V2Zm0 0a6 6 0 0 1 0 12" />,
  compare: <path d="M2.5 3h4.5v10H2.5zM9 3h4.5v10H9zM4 6h1.5M4 8.5h1.5M10.5 6h1.5M10.5 8.5h1.5" />,
  tidy: <path d="M2.5 2.5h4.5v4.5H2.5zM9 2.5h4.5v4.5H9zM2.5 9h4.5v4.5H2.5zM9 9h4.5v4.5H9z" />,
  chevron: <path d="m4.5 6.5 3.5 3.5 3.5-3.5" />,
  import: <path d="M8 2v8m-3-3 3 3 3-3M2.5 10.5v2a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1v-2" />,
};

export function Icon({ name }: { name: keyof typeof paths | string }) {
  return (
    <svg
      className="icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      {paths[name] ?? null}
    </svg>
  );
}
