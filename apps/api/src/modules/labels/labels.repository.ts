import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { TnlLabelEntity } from './tnl-label.entity';

@Injectable()
export class LabelsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private labels(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TnlLabelEntity);
  }

  findByCollectivityIds(collectivityIds: readonly string[]): Promise<TnlLabelEntity[]> {
    return this.labels().find({
      where: { collectivityId: In([...collectivityIds]) },
      order: { year: 'DESC' },
    });
  }

  findForYear(collectivityId: string, year: number, manager: EntityManager): Promise<TnlLabelEntity | null> {
    return this.labels(manager).findOneBy({ collectivityId, year });
  }

  insert(entity: Partial<TnlLabelEntity>, manager: EntityManager): Promise<TnlLabelEntity> {
    const repo = this.labels(manager);
    return repo.save(repo.create(entity));
  }
}
