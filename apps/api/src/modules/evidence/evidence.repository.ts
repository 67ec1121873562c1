import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { bumpVersion, saveVersioned } from '../../common/errors/versioned-save';
import { EvidenceActionEntity, EvidenceEntity } from './evidence.entity';

@Injectable()
export class EvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByCommitmentIds(commitmentIds: readonly string[]): Promise<EvidenceEntity[]> {
    return this.dataSource.getRepository(EvidenceEntity).find({
      where: { commitmentId: In([...commitmentIds]) },
      relations: { actions: true },
      order: { date: 'DESC', createdAt: 'DESC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<EvidenceEntity[]> {
    return this.dataSource
      .getRepository(EvidenceEntity)
      .find({ where: { id: In([...ids]) }, relations: { actions: true } });
  }

  /** The ids among `ids` of evidence that belongs to one of these commitments. */
  async idsOfCommitments(
    commitmentIds: readonly string[],
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<string[]> {
    if (commitmentIds.length === 0 || ids.length === 0) return [];
    const rows = await manager.getRepository(EvidenceEntity).find({
      select: { id: true },
      where: { id: In([...ids]), commitmentId: In([...commitmentIds]) },
    });
    return rows.map((r) => r.id);
  }

  findById(id: string, manager: EntityManager): Promise<EvidenceEntity | null> {
    return manager.getRepository(EvidenceEntity).findOne({ where: { id }, relations: { actions: true } });
  }

  /** Locks the evidence row and reads it with its links: concurrent links are serialised and each sees the last. */
  async findForUpdate(id: string, manager: EntityManager): Promise<EvidenceEntity | null> {
    return (await this.lockById(id, manager)) ? this.findById(id, manager) : null;
  }

  /** A change of the evidence's links is a change of the evidence: one more version. */
  async bumpVersion(id: string, manager: EntityManager): Promise<void> {
    await bumpVersion(manager, EvidenceEntity, id);
  }

  /** Locks the evidence row until the transaction ends (its file is being replaced). */
  async lockById(id: string, manager: EntityManager): Promise<boolean> {
    const row = await manager
      .getRepository(EvidenceEntity)
      .findOne({ where: { id }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
    return row !== null;
  }

  async setFile(
    id: string,
    file: { fileKey: string; fileMimeType: string; fileSize: number },
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(EvidenceEntity).update({ id }, file);
  }

  /** Inserts the evidence and its action links together (the caller holds the transaction). */
  async insert(entity: Partial<EvidenceEntity>, actionCodes: string[], manager: EntityManager) {
    const saved = await manager.getRepository(EvidenceEntity).save(manager.create(EvidenceEntity, entity));
    await this.link(saved.id, actionCodes, manager);
    return (await this.findById(saved.id, manager))!;
  }

  async link(evidenceId: string, actionCodes: string[], manager: EntityManager): Promise<void> {
    // Evidence filed under label criteria only has no action to link.
    if (actionCodes.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvidenceActionEntity)
      .values(actionCodes.map((actionCode) => ({ evidenceId, actionCode })))
      .orIgnore()
      .execute();
  }

  /** Removes these links of the evidence (the caller holds its row lock). */
  async unlink(evidenceId: string, actionCodes: readonly string[], manager: EntityManager): Promise<void> {
    if (actionCodes.length === 0) return;
    await manager.getRepository(EvidenceActionEntity).delete({ evidenceId, actionCode: In([...actionCodes]) });
  }

  /** Saves the evidence's own columns (not its links) under optimistic locking: one more version. */
  async saveFields(entity: Partial<EvidenceEntity> & { id: string; version: number }, manager: EntityManager) {
    await saveVersioned(manager, EvidenceEntity, entity);
  }

  /** Removes the evidence and its links (a withdrawal: its entries stay in the history). */
  async remove(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(EvidenceEntity).delete({ id });
  }
}
