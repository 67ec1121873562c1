import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import cookieParser from 'cookie-parser';
import type { Request, Response } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccessGuard } from './common/auth/access.guard';
import { BodyParserErrorFilter } from './common/errors/body-parser-error.filter';
import { DomainErrorFilter } from './common/errors/domain-error.filter';
import type { GqlContext } from './common/graphql/context';
import { armor } from './common/graphql/armor';
import { jitGateway } from './common/graphql/jit-executor';
import { OperationBoundPlugin } from './common/graphql/operation-bound';
import { DeclaredCostPlugin } from './common/graphql/declared-cost.plugin';
import { errorFormatter } from './common/graphql/format-error';
import { StorableStringsRule, storableVariablesPlugin } from './common/graphql/input-hygiene';
import { serverTiming } from './common/graphql/server-timing';
import { CrossSiteRequestMiddleware } from './common/web/same-origin.guard';
import { PublicReadPlugin } from './common/web/public-read';
import { DatabaseOutagePlugin, unavailableAsGraphQLError } from './common/web/database-outage';
import { PgThrottlerStorage } from './common/web/throttle/pg-throttler.storage';
import { LoaderRegistry, LoaderReleasePlugin } from './common/graphql/loader-registry';
import { LookAheadModule } from './common/graphql/look-ahead';
import type { AppConfig } from './config/config';
import { SHORT_LOG_SERIALIZERS, shortLogStream } from './common/web/short-log';
import { withoutPropertyResolvers } from './common/graphql/property-fields';
import pino from 'pino';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { readRouteScope, RoutedDataSource } from './database/read-route';
import { AccountsModule } from './modules/accounts/accounts.module';
import { ActorService } from './modules/accounts/actor.service';
import { CatalogueModule } from './modules/catalogue/catalogue.module';
import { CollectivitiesModule } from './modules/collectivities/collectivities.module';
import { CommitmentsModule } from './modules/commitments/commitments.module';
import { DemoModule } from './modules/demo/demo.module';
import { ElectionsModule } from './modules/elections/elections.module';
import { EvidenceModule } from './modules/evidence/evidence.module';
import { HealthController } from './modules/health/health.controller';
import { ExportsModule } from './modules/exports/exports.module';
import { HistoryModule } from './modules/history/history.module';
import { ImportsModule } from './modules/imports/imports.module';
import { ProgressModule } from './modules/progress/progress.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { DirectoryModule } from './modules/directory/directory.module';
import { InventoryModule } from './modules/inventory/inventory.module';
import { LabelsModule } from './modules/labels/labels.module';
import { MapModule } from './modules/map/map.module';
import { SoftwareCatalogueModule } from './modules/software-catalogue/software-catalogue.module';
import { AssessmentsModule } from './modules/assessments/assessments.module';
import { FeedsModule } from './modules/feeds/feeds.module';
import { ReviewModule } from './modules/review/review.module';
import { DeclarationsModule } from './modules/declarations/declarations.module';
import { SignedFormsModule } from './modules/signed-forms/signed-forms.module';
import { ShareModule } from './modules/share/share.module';
import { DataVersionModule } from './modules/data-version/data-version.module';
import { PublicCachePlugin, PublicGraphqlCacheMiddleware } from './modules/data-version/public-cache';
import { PrivacyModule } from './modules/privacy/privacy.module';

export interface AppModuleOptions {
  config: AppConfig;
  /** The database to use: DATABASE_URL, or the embedded PostgreSQL started before the module. */
  databaseUrl: string;
  /** The read replica for the anonymous public reads (DATABASE_READ_URL), or null. */
  databaseReadUrl?: string | null;
  /** Most pooled connections (must fit the embedded server's limit). */
  poolMax?: number;
  /** Whether the database is the embedded one (its session is shared by every connection: no prepared reads). */
  embedded?: boolean;
}

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // readRouteScope first: every request starts on the primary, marked for the replica only as an anonymous public
    // read (docs/operations.md#read-replica).
    consumer.apply(readRouteScope, serverTiming(), cookieParser(), CrossSiteRequestMiddleware).forRoutes('*');
    // Anonymous GraphQL GET: 304 before anything runs when the data did not change (docs/api.md#caching).
    consumer.apply(PublicGraphqlCacheMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.GET });
  }

  static forRoot({
    config,
    databaseUrl,
    databaseReadUrl = null,
    poolMax,
    embedded = false,
  }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              redact: ['req.headers.authorization', 'req.headers.cookie'],
              autoLogging: config.nodeEnv !== 'test',
              ...(config.logFormat === 'short' ? { serializers: SHORT_LOG_SERIALIZERS } : {}),
            },
            // LOG_FORMAT=short (the default): one line per request; json: pino's full lines, for log collectors.
            config.logFormat === 'json' ? pino.destination(1) : shortLogStream(),
          ],
        }),
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions(databaseUrl, poolMax, databaseReadUrl),
            // Tests provoke refused queries on purpose; elsewhere failed queries are logged.
            logging: config.nodeEnv === 'test' ? false : ['error'],
          }),
          // Sends the reads of anonymous public requests to the replica, when there is one, and prepares the public
          // pages' statements (database/read-route.ts).
          dataSourceFactory: (options) => new RoutedDataSource(options!, { prepareReads: !embedded }).initialize(),
        }),
        // Request throttling per client address (ClientThrottlerGuard on the routes that need it), counted in
        // PostgreSQL so that every process of a deployment shares the counts.
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [{ name: 'client', ttl: 60_000, limit: config.throttle.perMinute, blockDuration: 60_000 }],
            storage: new PgThrottlerStorage(dataSource),
          }),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AccountsModule],
          inject: [ActorService, GraphQLSchemaHost],
          useFactory: (actors: ActorService, schemaHost: GraphQLSchemaHost) => {
            // Hostile documents are refused before anything runs (see common/graphql/armor.ts, docs/api.md#limits).
            const limits = armor(config.graphql);
            const options: ApolloDriverConfig & { gateway: ReturnType<typeof jitGateway> } = {
              path: '/graphql',
              // Operations run compiled by graphql-jit, once per document (common/graphql/jit-executor.ts): Apollo
              // Server's `gateway` option is its way to plug an executor in. Nest's type leaves the option out (its
              // gateway driver sets it), but its Apollo driver hands every option to Apollo Server as it is.
              gateway: jitGateway(() => schemaHost.schema),
              autoSchemaFile: true,
              // No resolver on the fields that only read a property, so that graphql-jit reads them inline
              // (common/graphql/property-fields.ts).
              transformSchema: withoutPropertyResolvers,
              sortSchema: true,
              playground: false,
              introspection: config.graphql.introspection,
              parseOptions: limits.parseOptions,
              allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
              validationRules: [...limits.validationRules, StorableStringsRule],
              // Apollo's default cache-control plugin wraps every field's resolver to collect cache hints, which this
              // API never declares (public-cache.ts sets the headers): a cost on each of the thousands of fields of a
              // collectivity page (issue 12's profile), for nothing.
              plugins: [...limits.plugins, storableVariablesPlugin, ApolloServerPluginCacheControlDisabled()],
              formatError: errorFormatter({ suggestions: config.graphql.introspection }),
              // Keep the HTTP status a plugin sets for an execution error: DatabaseOutagePlugin's 503 (Nest would
              // reset it to 200 whenever the body has a `data` key). Domain errors carry no HTTP status: still 200.
              preserveHttpStatusForExecutionErrors: false,
              context: async ({ req, res }: { req: Request; res: Response }): Promise<GqlContext> => ({
                req,
                res,
                actor: await actors.resolve(req).catch(unavailableAsGraphQLError),
                loaders: new LoaderRegistry(),
              }),
            };
            return options;
          },
        }),
        LookAheadModule,
        HistoryModule,
        AccountsModule,
        PrivacyModule,
        CatalogueModule,
        CollectivitiesModule,
        CommitmentsModule,
        ElectionsModule,
        ProgressModule,
        EvidenceModule,
        StatisticsModule,
        DirectoryModule,
        MapModule,
        DemoModule,
        SoftwareCatalogueModule,
        InventoryModule,
        LabelsModule,
        AssessmentsModule,
        FeedsModule,
        ExportsModule,
        ReviewModule,
        DeclarationsModule,
        SignedFormsModule,
        ImportsModule,
        ShareModule,
        DataVersionModule,
      ],
      controllers: [HealthController],
      providers: [
        DeclaredCostPlugin,
        OperationBoundPlugin,
        LoaderReleasePlugin,
        DatabaseOutagePlugin,
        PublicCachePlugin,
        PublicReadPlugin,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_FILTER, useClass: BodyParserErrorFilter },
      ],
    };
  }
}
