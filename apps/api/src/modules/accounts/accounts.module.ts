import { Module } from '@nestjs/common';
import { CollectivitiesModule } from '../collectivities/collectivities.module';
import { HistoryModule } from '../history/history.module';
import { AccountsResolver, RolesResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { ActorService } from './actor.service';
import { MailService } from './mail.service';
import { RolesService } from './roles.service';

@Module({
  imports: [HistoryModule, CollectivitiesModule],
  providers: [MailService, AccountsService, RolesService, ActorService, AccountsResolver, RolesResolver],
  exports: [ActorService, RolesService, AccountsService],
})
export class AccountsModule {}
