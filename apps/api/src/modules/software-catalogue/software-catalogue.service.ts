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

  /** The names of these entries, by id; entries that do not exist are left out. */
  async namesOf(entryIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(entryIds.filter((id) => isUUID(id)))];
    if (ids.length === 0) return new Map();
    return new Map((await this.repository.findByIds(ids)).map((e) => [e.id, e.name]));
  }

  /**
   * For each of these entries, the ids of every entry for the same software, itself included (same name ignoring
   * case, same SILL or Comptoir du Libre id). Entries that do not exist are left out.
   */
  async sameSoftwareAs(entryIds: readonly string[]): Promise<Map<string, string[]>> {
    const same = new Map<string, string[]>();
    const ids = entryIds.filter((id) => isUUID(id));
    if (ids.length === 0) return same;
    for (const { entryId, sameId } of await this.repository.sameSoftwareAs(ids)) {
      if (!same.has(entryId)) same.set(entryId, []);
      same.get(entryId)!.push(sameId);
    }
    return same;
  }

  search(args: SearchSoftwareCatalogueArgs): Promise<[SoftwareCatalogueEntryEntity[], number]> {
    return this.repository.search(
      { text: args.query?.trim() || null, category: args.category ?? null, source: args.source ?? null },
      args.first,
      args.offset,
    );
  }
}
