/** The layout lives in shared/layout (the edits that keep cards apart size them too). */
export * from '../../shared/layout/planLayout';
