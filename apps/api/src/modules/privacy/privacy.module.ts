import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

/** Self-service export and erasure of one's own data (the command line keeps the administrators' side). */
@Module({
  imports: [AccountsModule],
  providers: [
    { provide: PrivacyService, inject: [getDataSourceToken()], useFactory: (ds: DataSource) => new PrivacyService(ds) },
    PrivacyResolver,
  ],
})
export class PrivacyModule {}
