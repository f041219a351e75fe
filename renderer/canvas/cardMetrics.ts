/** The card sizes live in shared/layout. */
export * from '../../shared/layout/cardMetrics';
