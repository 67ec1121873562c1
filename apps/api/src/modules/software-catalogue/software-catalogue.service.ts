import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { SearchSoftwareCatalogueArgs } from './dto/search-software-catalogue.args';
import { SoftwareCatalogueEntryEntity } from './software-catalogue-entry.entity';
import { CatalogueEntryNotFoundError } from './software-catalogue.errors';
import { SoftwareCatalogueRepository } from './software-catalogue.repository';

@Injectable()
export class SoftwareCatalogueService {
  constructor(private readonly repository: SoftwareCatalogueRepository) {}

  async get(id: string, manager?: EntityManager): Promise<SoftwareCatalogueEntryEntity> {
    const [found] = isUUID(id) ? await this.repository.findByIds([id], manager) : [];
    if (!found) throw new CatalogueEntryNotFoundError(id);
    return found;
  }

  search(args: SearchSoftwareCatalogueArgs): Promise<[SoftwareCatalogueEntryEntity[], number]> {
    return this.repository.search(
      { text: args.query?.trim() || null, category: args.category ?? null, source: args.source ?? null },
      args.first,
      args.offset,
    );
  }
}
