import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/config';

/** Refuses operations whose estimated cost exceeds GRAPHQL_MAX_COMPLEXITY (each field costs 1 unless it says more). */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Apollo's hooks return promises; these do no I/O, so they resolve at once (and a throw rejects the hook's call).
  requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const max = this.config.graphql.maxComplexity;
    return Promise.resolve({
      didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // Estimating coerces the variables first: a bad variable (unknown enum value…) is the caller's error.
          if (error instanceof GraphQLError) {
            throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
          }
          throw error;
        }
        if (complexity > max) {
          throw new GraphQLError(`Query is too complex: ${complexity}, the limit is ${max}`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', complexity, max, http: { status: 400 } },
          });
        }
        return Promise.resolve();
      },
    });
  }
}
