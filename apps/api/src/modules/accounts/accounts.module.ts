import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { AccountsResolver, RolesResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ActorService } from './actor.service';
import { MailService } from './mail.service';
import { OidcClient } from './oidc/oidc.client';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { RolesService } from './roles.service';

@Module({
  imports: [HistoryModule, CollectivitiesModule],
  controllers: [OidcController],
  providers: [
    MailService,
    AccountsService,
    RolesService,
    ActorService,
    AccountsResolver,
    RolesResolver,
    OidcClient,
    OidcService,
  ],
  exports: [ActorService, RolesService, AccountsService, MailService],
})
export class AccountsModule {}
