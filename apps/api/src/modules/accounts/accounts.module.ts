import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { AccountsResolver, RolesResolver } from './accounts.resolver';
import { AccountsRepository } from './accounts.repository';
import { AccountsService } from './accounts.service';
import { ActorService } from './actor.service';
import { MailService } from './mail.service';
import { OidcClient } from './oidc/oidc.client';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { UsersLoaders } from './users.loaders';
import { RolesRepository } from './roles.repository';
import { RolesService } from './roles.service';
import { SignInLimiter } from './sign-in-limiter';
import { OneTimeSignInController, OneTimeSignInService } from './one-time-sign-in.service';

@Module({
  imports: [HistoryModule, CollectivitiesModule],
  controllers: [OidcController, OneTimeSignInController],
  providers: [
    MailService,
    AccountsRepository,
    AccountsService,
    SignInLimiter,
    RolesRepository,
    RolesService,
    ActorService,
    AccountsResolver,
    RolesResolver,
    OidcClient,
    OidcService,
    UsersLoaders,
    OneTimeSignInService,
  ],
  exports: [ActorService, RolesService, AccountsService, MailService, UsersLoaders, OneTimeSignInService],
})
export class AccountsModule {}
