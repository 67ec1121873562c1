export { Loading } from './Loading';
export { ErrorMessage } from './ErrorMessage';
export { EmptyState } from './EmptyState';
export { ProgressBar } from './ProgressBar';
export { DataTable } from './DataTable';
export type { Column } from './DataTable';
export { useDocumentTitle } from './useDocumentTitle';
export { FormError, useApiErrorMessage } from './FormError';
export { Field } from './Field';
