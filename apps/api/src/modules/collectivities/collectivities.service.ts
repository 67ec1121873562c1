import { Injectable } from '@nestjs/common';
import { CURRENT_EDITION } from '@pacte/pact';
import { isUUID } from 'class-validator';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, ValidationFailedError } from '../../common/errors/domain-error';
import { foldForSearch } from '../../common/text/normalize';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '../history/unit-of-work';
import { CollectivitiesRepository, type CollectivityPlace } from './collectivities.repository';
import { AmbiguousCodeError, CollectivityExistsError } from './collectivities.errors';
import { CollectivityEntity, CollectivityKind } from './collectivity.entity';
import { CreateCollectivityInput } from './dto/create-collectivity.input';
import { SearchCollectivitiesArgs } from './dto/search-collectivities.args';

export type { CollectivityPlace };

/** A collectivity as this service returns it: what other modules may read. */
export type CollectivityRecord = Readonly<CollectivityEntity>;

@Injectable()
export class CollectivitiesService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: CollectivitiesRepository,
  ) {}

  /** Name (accents optional), INSEE code, SIREN or postcode. */
  search(args: SearchCollectivitiesArgs) {
    const raw = args.query.trim();
    const isCode = /^(\d{5}|2[AB]\d{3}|\d{9}|\d{2,3})$/i.test(raw);
    const folded = foldForSearch(raw);
    return this.repository.search({
      code: isCode ? raw.toUpperCase() : null,
      postcode: /^\d{5}$/.test(raw) ? raw : null,
      folded: folded.length > 0 && !/^\d+$/.test(folded) ? folded : null,
      kinds: args.kinds ?? null,
      committedEdition: args.committedOnly ? CURRENT_EDITION : null,
      limit: args.first,
      offset: args.offset,
    });
  }

  /** These collectivities by name (then id); ids that match none are left out. */
  findByIds(ids: readonly string[]): Promise<CollectivityEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repository.findByIdsByName(ids.filter((id) => isUUID(id)));
  }

  /** The collectivity, or null when there is none (or `id` is not an id). */
  async findById(id: string, manager?: EntityManager): Promise<CollectivityEntity | null> {
    return isUUID(id) ? this.repository.findById(id, manager) : null;
  }

  /**
   * Communes whose INSEE code is one of `codes` or whose name, folded like the search's (`foldForSearch`), is one of
   * `foldedNames`: an import matches its rows against them in one read.
   */
  communesByCodesOrNames(
    codes: readonly string[],
    foldedNames: readonly string[],
    manager?: EntityManager,
  ): Promise<CollectivityEntity[]> {
    if (codes.length === 0 && foldedNames.length === 0) return Promise.resolve([]);
    return this.repository.findCommunesByCodesOrNames(codes, foldedNames, manager);
  }

  /** Collectivities by official code and kind (pairs that match none are left out). */
  findByCodesAndKinds(
    keys: readonly { code: string; kind: string }[],
    manager?: EntityManager,
  ): Promise<CollectivityEntity[]> {
    return this.repository.findByCodesAndKinds(keys, manager);
  }

  /** Population, région and département of these collectivities (ids that match none are left out). */
  placesOf(ids: readonly string[]): Promise<CollectivityPlace[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.repository.places(ids);
  }

  /** Every département or région: code and name. */
  areaNames(kind: 'DEPARTEMENT' | 'REGION'): Promise<{ code: string; name: string }[]> {
    return this.repository.areaNames(kind);
  }

  /** True when the département or région with this code exists. */
  areaExists(kind: 'DEPARTEMENT' | 'REGION', code: string, manager?: EntityManager): Promise<boolean> {
    return this.repository.areaExists(kind, code, manager);
  }

  /** The collectivity, read in `manager`'s transaction when given; NOT_FOUND when there is none. */
  async get(id: string, manager?: EntityManager): Promise<CollectivityEntity> {
    const found = await this.findById(id, manager);
    if (!found) throw new NotFoundError('Collectivity', id);
    return found;
  }

  /** By id, or by official code (with a kind when the code is ambiguous). */
  find(id: string | undefined, code: string | undefined, kind?: CollectivityKind): Promise<CollectivityEntity> {
    if (id) return this.get(id);
    if (code?.trim()) return this.getByCode(code, kind);
    throw new ValidationFailedError(['give an id or a code']);
  }

  /** The collectivities of these kinds with these official codes, by code (codes that match none are left out). */
  async findByCodes(
    codes: readonly string[],
    kinds: readonly CollectivityKind[],
    manager?: EntityManager,
  ): Promise<Map<string, CollectivityEntity>> {
    const found = codes.length === 0 ? [] : await this.repository.findByCodes(codes, kinds, manager);
    return new Map(found.map((c) => [c.code, c]));
  }

  async getByCode(code: string, kind?: CollectivityKind): Promise<CollectivityEntity> {
    return this.oneOf(code, await this.repository.findByCode(code.trim().toUpperCase(), kind));
  }

  /**
   * `find`, and the places a page shows with it (its département, région and EPCI) read in the same statement when it
   * is found by code (by id: none), so that its page does not read them again.
   */
  async findWithPlaces(
    id: string | undefined,
    code: string | undefined,
    kind?: CollectivityKind,
  ): Promise<{ collectivity: CollectivityEntity; places: CollectivityEntity[] }> {
    if (id || !code?.trim()) return { collectivity: await this.find(id, code, kind), places: [] };
    const { found, places } = await this.repository.findByCodeWithPlaces(code.trim().toUpperCase(), kind);
    return { collectivity: this.oneOf(code, found), places };
  }

  private oneOf(code: string, found: CollectivityEntity[]): CollectivityEntity {
    if (found.length === 0) throw new NotFoundError('Collectivity', code);
    if (found.length > 1)
      throw new AmbiguousCodeError(
        code,
        found.map((c) => c.kind),
      );
    return found[0];
  }

  /** Adds a pooling body (syndicat) that the official referential does not list. */
  create(actor: Actor, input: CreateCollectivityInput): Promise<CollectivityEntity> {
    return this.unitOfWork.run(actor, async ({ manager, record }) => {
      const existing = await manager
        .getRepository(CollectivityEntity)
        .findOneBy({ kind: input.kind, code: input.siren });
      if (existing) throw new CollectivityExistsError(input.kind, input.siren);
      const departement = input.departementCode
        ? await manager
            .getRepository(CollectivityEntity)
            .findOneBy({ kind: 'DEPARTEMENT', code: input.departementCode })
        : null;
      if (input.departementCode && !departement) throw new NotFoundError('Département', input.departementCode);
      const created = await this.repository.insert(
        {
          kind: input.kind,
          code: input.siren,
          siren: input.siren,
          name: input.name.trim(),
          searchName: foldForSearch(input.name),
          departementCode: input.departementCode ?? null,
          regionCode: departement?.regionCode ?? null,
          population: input.population ?? null,
          postcodes: [],
          origin: 'MANUAL',
        },
        manager,
      );
      record({
        name: 'CollectivityCreated',
        collectivityId: created.id,
        entityId: created.id,
        payload: { before: null, after: { kind: created.kind, code: created.code, name: created.name } },
      });
      return created;
    });
  }
}
