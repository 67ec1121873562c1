export {
  createGraphQLClient,
  queryText,
  toRequestError,
  GraphQLRequestError,
  NetworkError,
  GRAPHQL_ENDPOINT,
} from './client';
export type { GraphQLErrorEntry, ClientOptions, TypedDocument } from './client';
export { useQuery } from './useQuery';
export type { QueryState, UseQueryOptions } from './useQuery';
export { useMutation } from './useMutation';
export { useReload } from './useReload';
export { errorCode } from './errorCode';
