export { request, GraphQLRequestError, NetworkError, GRAPHQL_ENDPOINT } from './client';
export type { GraphQLErrorEntry, RequestOptions } from './client';
export { useQuery } from './useQuery';
export type { QueryState, UseQueryOptions } from './useQuery';
export { errorCode } from './errorCode';
